package dev.parley.core.port.in;

/** Incoming port: delete one's own account with all its conversations; its credentials stop working. */
public interface DeleteAccountUseCase {

    void deleteAccount(UserCommand command);
}
