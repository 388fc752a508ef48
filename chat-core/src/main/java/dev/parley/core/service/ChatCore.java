package dev.parley.core.service;

import dev.parley.core.port.in.UseCases;
import dev.parley.core.port.out.DrivenPorts;

/**
 * Entry point for embedding: builds every use case over the driven ports it is given. The server's
 * composition root calls this, and so can any JVM application that brings its own adapters.
 */
public final class ChatCore {

    private ChatCore() {
    }

    /** The core in its default, multi-user mode. */
    public static UseCases wire(DrivenPorts ports) {
        return wire(ports, CoreOptions.defaults());
    }

    public static UseCases wire(DrivenPorts ports, CoreOptions options) {
        CoreContext context = new CoreContext(ports);
        PasswordCheck passwordCheck = new PasswordCheck(ports.users(), ports.passwords());
        OpaqueCredentials opaque = new OpaqueCredentials(ports.credentials(), ports.users(), ports.ids(), ports.clock());
        return new UseCases(
                new RegisterUserService(ports.users(), ports.passwords(), ports.transactions(), ports.clock()),
                new IssueTokenService(ports.users(), ports.passwords(), ports.tokens()),
                options.singleUser()
                        ? new LocalUserAuthenticateService(ports.users(), ports.passwords(), ports.ids(),
                                ports.transactions(), ports.clock())
                        : new AuthenticateService(ports.tokens(), ports.users(), opaque),
                new StartConversationService(ports.conversations(), ports.models(), ports.transactions(),
                        ports.ids(), ports.clock()),
                new GetConversationService(ports.conversations(), ports.messages()),
                new RenameConversationService(ports.conversations(), ports.transactions(), ports.clock()),
                new DeleteConversationService(ports.conversations(), ports.transactions(), ports.files(), ports.blobs()),
                new SwitchModelService(ports.conversations(), ports.messages(), ports.models(),
                        ports.transactions(), ports.clock()),
                new ListConversationsService(ports.conversations(), ports.messages()),
                new SendMessageService(context),
                new ListModelsService(ports.models()),
                new LogOutService(ports.users(), ports.transactions()),
                new ChangePasswordService(ports.users(), ports.passwords(), ports.transactions()),
                new DeleteAccountService(ports.users(), ports.transactions(), ports.files(), ports.blobs()),
                new DeactivateUserService(ports.users(), ports.transactions()),
                new ListUsersService(ports.users()),
                new CreateAdminService(ports.users(), ports.passwords(), ports.transactions(), ports.clock()),
                new IssueTokenPairService(passwordCheck, opaque, ports.tokens(), ports.transactions()),
                new RefreshTokenService(ports.credentials(), opaque, ports.tokens(), ports.transactions(), ports.clock()),
                new IssueApiTokenService(passwordCheck, opaque, ports.transactions()),
                new StartSessionService(passwordCheck, opaque, ports.transactions()),
                new GetUsageService(ports.usage(), ports.users()),
                new PromptLibraryService(context),
                new FileLibraryService(context, options.maxUploadBytes()),
                new ManageMessagesService(context),
                new AskModelService(context));
    }
}
