package dev.parley.http.support;

import java.util.Objects;

/**
 * HTTP support value: one registered route and who may call it, as {@link RouteInventory} saw it registered.
 *
 * @param method the HTTP method, e.g. {@code "POST"}
 * @param path the path as registered, with its parameters in braces, e.g. {@code /v1/chat/sessions/{session_id}}
 * @param access who may call it
 */
public record DeclaredRoute(String method, String path, Access access) {

    public DeclaredRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + access + ")";
    }
}
