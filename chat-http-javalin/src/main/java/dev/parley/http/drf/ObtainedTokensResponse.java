package dev.parley.http.drf;

/** Response: SimpleJWT's obtain-pair body, {@code {"refresh", "access"}}. */
record ObtainedTokensResponse(String refresh, String access) {

    @Override
    public String toString() {
        return "ObtainedTokensResponse[<redacted>]";
    }
}
