package dev.parley.http.citizens;

/** Response: a successful login, {@code {"token", "user_id", "username"}}. */
record LoginResponse(String token, long userId, String username) {

    @Override
    public String toString() {
        return "LoginResponse[token=<redacted>, userId=" + userId + ", username=" + username + "]";
    }
}
