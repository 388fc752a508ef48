package dev.parley.http.v1;

/** Response: SimpleJWT's refusal of a token, {@code {"detail": ..., "code": "token_not_valid"}}. */
record TokenNotValidResponse(String detail, String code) {

    static final String INVALID = "Token is invalid or expired";

    static TokenNotValidResponse invalid() {
        return new TokenNotValidResponse(INVALID, "token_not_valid");
    }
}
