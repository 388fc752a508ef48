package dev.parley.http.support;

import io.javalin.router.EndpointMetadata;

/**
 * HTTP support: the classes of routes that share a rate limit, after seed 003's table. A route declares
 * its class when it is registered, together with its {@link Access} ({@link Access#endpoint}). The seed
 * dialects class their routes the same way (logins {@link #LOGIN}, sign-ups {@link #REGISTER}, replies and
 * {@code /api/llm/} {@link #REPLY}, reading messages {@link #MESSAGES}, changing conversations and files
 * {@link #SESSIONS}), so a user's budget is shared whichever dialect spends it. The /v1 routes:
 * <ul>
 * <li>{@code POST /v1/auth/token}, {@code POST /v1/auth/api-token}, {@code POST /v1/auth/session} and
 *     {@code POST /v1/auth/password} (each checks a password) and {@code POST /v1/auth/token/refresh}:
 *     {@link #LOGIN}, and the three logins also {@link #LOGIN_ACCOUNT}</li>
 * <li>{@code GET /v1/auth/me}, {@code POST /v1/auth/token/verify}: {@link #STATUS}</li>
 * <li>{@code POST /v1/auth/register}: {@link #REGISTER}</li>
 * <li>{@code DELETE /v1/auth/me}, {@code POST /v1/admin/users/{username}/deactivate}: {@link #REMOVAL}</li>
 * <li>{@code POST /v1/chat/stream}, streamed or not, and the prompt previews ({@code POST /v1/prompts/preview},
 *     {@code POST /api/chat/prompts/preview}), which ask the model too: {@link #REPLY}</li>
 * <li>{@code GET /v1/chat/history}, {@code GET /v1/chat/sessions/{id}}, and reading files ({@code GET /v1/files},
 *     {@code GET /v1/files/{id}} and its {@code /content}): {@link #MESSAGES}</li>
 * <li>{@code POST /v1/chat/sessions}, {@code PATCH} and {@code DELETE /v1/chat/sessions/{id}},
 *     {@code POST /v1/chat/switch-model}, and changing files (the uploads {@code POST /v1/files},
 *     {@code POST /v1/chat/sessions/{id}/files} and {@code POST /api/chat/sessions/{id}/upload}, {@code PATCH}
 *     and {@code DELETE /v1/files/{id}}): {@link #SESSIONS}</li>
 * <li>everything else ({@code POST /v1/auth/logout}, {@code GET /v1/models}, {@code GET /v1/admin/users}, the
 *     prompt library's other routes): {@link #OTHER}</li>
 * </ul>
 */
public enum RouteClass implements EndpointMetadata {

    /** Logging in, counted per client address: seed 003's 50 per hour. */
    LOGIN(true),
    /** Not a route of its own: logins as one username from one client address, so that one account cannot be guessed at. */
    LOGIN_ACCOUNT(true),
    /** Asking who one is: 100 per hour. */
    STATUS(false),
    /** Signing up, counted per client address: 10 per hour. */
    REGISTER(true),
    /** Deleting one's account or deactivating someone's: 10 per hour. */
    REMOVAL(false),
    /** Asking the model for a reply: 10 per minute. */
    REPLY(false),
    /** Reading messages: 30 per minute. */
    MESSAGES(false),
    /** The other session ("thread") routes: 50 per hour. */
    SESSIONS(false),
    /** Whatever is not classed: a generous 1000 per hour. */
    OTHER(false);

    private final boolean anonymous;

    RouteClass(boolean anonymous) {
        this.anonymous = anonymous;
    }

    /** Whether callers of this class are always counted by client address, since they present no credential. */
    public boolean anonymous() {
        return anonymous;
    }
}
