package dev.parley.core.domain.message;

/** Value: whether a stored message is whole. */
public enum MessageStatus {
    /** The whole text: every user message, and every reply that finished normally. */
    COMPLETE,
    /** A reply cut short by its caller (cancelled, client gone): the text is what had arrived. */
    PARTIAL,
    /** A reply the provider failed to finish: the text is what had arrived, perhaps nothing. */
    FAILED
}
