package dev.parley.http.threads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptTest {

    @Test
    void aPlainMessageIsTheMessageItself() {
        assertThat(Transcript.newMessage("  What is the capital of France?\n")).isEqualTo("What is the capital of France?");
    }

    @Test
    void theLastUserTurnOfATranscriptIsTheNewMessage() {
        assertThat(Transcript.newMessage("user: Hi\nbot: Hello! How can I help?\nuser: Tell me a joke"))
                .isEqualTo("Tell me a joke");
    }

    @Test
    void aUserTurnRunsOverItsContinuationLinesUpToTheNextSender() {
        assertThat(Transcript.newMessage("bot: Hi\nuser: Two lines:\nthe second\r\nbot: partial answer"))
                .isEqualTo("Two lines:\nthe second");
    }

    @Test
    void wordsEndingInAColonThatNameNoSenderContinueTheTurn() {
        assertThat(Transcript.newMessage("user: Fix this\nError: it broke\nNote: twice"))
                .isEqualTo("Fix this\nError: it broke\nNote: twice");
        assertThat(Transcript.newMessage("Note: this is plain")).isEqualTo("Note: this is plain");
    }

    @Test
    void aTranscriptWithoutAUserTurnIsTakenWhole() {
        assertThat(Transcript.newMessage("bot: Welcome")).isEqualTo("bot: Welcome");
    }

    @Test
    void anEmptyLastUserTurnIsBlank() {
        assertThat(Transcript.newMessage("user: Hi\nbot: Hello\nuser:   ")).isEmpty();
    }
}
