package dev.parley.core.port.in;

import java.util.Objects;

/** Incoming ports, together: what driving adapters (HTTP dialects, an embedding app) may ask of the core. */
public record UseCases(
        RegisterUserUseCase registerUser,
        IssueTokenUseCase issueToken,
        AuthenticateUseCase authenticate,
        StartConversationUseCase startConversation,
        GetConversationUseCase getConversation,
        RenameConversationUseCase renameConversation,
        DeleteConversationUseCase deleteConversation,
        SwitchModelUseCase switchModel,
        ListConversationsUseCase listConversations,
        SendMessageUseCase sendMessage,
        ListModelsUseCase listModels,
        LogOutUseCase logOut,
        ChangePasswordUseCase changePassword,
        DeleteAccountUseCase deleteAccount,
        DeactivateUserUseCase deactivateUser,
        ListUsersUseCase listUsers,
        CreateAdminUseCase createAdmin,
        IssueTokenPairUseCase issueTokenPair,
        RefreshTokenUseCase refreshToken,
        IssueApiTokenUseCase issueApiToken,
        StartSessionUseCase startSession,
        GetUsageUseCase usage,
        PromptLibraryUseCase prompts,
        FileLibraryUseCase files,
        ManageMessagesUseCase messages,
        AskModelUseCase ask) {

    public UseCases {
        Objects.requireNonNull(registerUser, "registerUser");
        Objects.requireNonNull(issueToken, "issueToken");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(startConversation, "startConversation");
        Objects.requireNonNull(getConversation, "getConversation");
        Objects.requireNonNull(renameConversation, "renameConversation");
        Objects.requireNonNull(deleteConversation, "deleteConversation");
        Objects.requireNonNull(switchModel, "switchModel");
        Objects.requireNonNull(listConversations, "listConversations");
        Objects.requireNonNull(sendMessage, "sendMessage");
        Objects.requireNonNull(listModels, "listModels");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(changePassword, "changePassword");
        Objects.requireNonNull(deleteAccount, "deleteAccount");
        Objects.requireNonNull(deactivateUser, "deactivateUser");
        Objects.requireNonNull(listUsers, "listUsers");
        Objects.requireNonNull(createAdmin, "createAdmin");
        Objects.requireNonNull(issueTokenPair, "issueTokenPair");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(issueApiToken, "issueApiToken");
        Objects.requireNonNull(startSession, "startSession");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(prompts, "prompts");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(ask, "ask");
    }
}
