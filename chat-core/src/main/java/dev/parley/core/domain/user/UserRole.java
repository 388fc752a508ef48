package dev.parley.core.domain.user;

/** Value: what a user may do beyond their own objects. */
public enum UserRole {
    /** Acts on their own conversations, files and prompts only. */
    USER,
    /** Also lists and deactivates users. */
    ADMIN
}
