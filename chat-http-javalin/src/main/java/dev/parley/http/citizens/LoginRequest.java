package dev.parley.http.citizens;

/** Request: {@code POST /chat/login/}'s username and password. */
record LoginRequest(String username, String password) {

    static LoginRequest from(RequestData data) {
        LoginRequest request = new LoginRequest(data.required("username"), data.required("password"));
        data.throwIfInvalid();
        return request;
    }

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=<redacted>]";
    }
}
