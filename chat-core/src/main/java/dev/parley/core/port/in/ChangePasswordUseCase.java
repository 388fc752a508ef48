package dev.parley.core.port.in;

import dev.parley.core.domain.error.InvalidInputException;

/** Incoming port: change one's password; every credential issued before stops working. */
public interface ChangePasswordUseCase {

    /** @throws InvalidInputException when the current password is wrong or the new one breaks the rules */
    void changePassword(ChangePasswordCommand command);
}
