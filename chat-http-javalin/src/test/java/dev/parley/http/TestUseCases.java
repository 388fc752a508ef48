package dev.parley.http;

import dev.parley.core.port.in.SendMessageUseCase;
import dev.parley.core.port.in.UseCases;

/**
 * Test fixture: a core's use cases with one of them replaced. The only place in this module that lists the
 * components of {@link UseCases}, so that a new use case means one line to add here.
 */
public final class TestUseCases {

    private TestUseCases() {
    }

    /** {@code useCases}, sending messages through {@code sendMessage} instead of their own. */
    public static UseCases withSendMessage(UseCases u, SendMessageUseCase sendMessage) {
        return new UseCases(u.registerUser(), u.issueToken(), u.authenticate(), u.startConversation(),
                u.getConversation(), u.renameConversation(), u.deleteConversation(), u.switchModel(),
                u.listConversations(), sendMessage, u.listModels(), u.logOut(), u.changePassword(), u.deleteAccount(),
                u.deactivateUser(), u.listUsers(), u.createAdmin(), u.issueTokenPair(), u.refreshToken(),
                u.issueApiToken(), u.startSession(), u.usage(), u.prompts(), u.files(), u.messages(), u.ask());
    }
}
