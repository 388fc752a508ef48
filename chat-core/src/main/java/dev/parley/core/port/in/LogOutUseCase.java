package dev.parley.core.port.in;

/** Incoming port: log out everywhere: every credential the user holds, in every scheme, stops working. */
public interface LogOutUseCase {

    void logOut(UserCommand command);
}
