package dev.parley.http.drf;

/** Response: the account just created; the password is write-only, as in the seed's serializer. */
record RegisteredUserResponse(long id, String username) {
}
