package dev.parley.http.drf;

/** Response: SimpleJWT's refresh body with rotation, {@code {"access", "refresh"}}. */
record RefreshedTokensResponse(String access, String refresh) {

    @Override
    public String toString() {
        return "RefreshedTokensResponse[<redacted>]";
    }
}
