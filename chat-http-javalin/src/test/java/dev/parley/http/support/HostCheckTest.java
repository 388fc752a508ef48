package dev.parley.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.http.HttpSettings;
import dev.parley.http.RunningApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostCheckTest {

    @Test
    void aHostNameIsReadWithoutPortBracketsOrCase() {
        assertThat(HostCheck.hostname("LocalHost:8000")).isEqualTo("localhost");
        assertThat(HostCheck.hostname("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(HostCheck.hostname("[::1]:8000")).isEqualTo("::1");
        assertThat(HostCheck.hostname("::1")).isEqualTo("::1");
        assertThat(HostCheck.hostname("chat.example.org:443")).isEqualTo("chat.example.org");
    }

    @Test
    void aRequestNamingAnotherHostIsRefusedAsDnsRebindingWouldSendIt() throws IOException {
        HttpSettings settings = RunningApi.settings().withAllowedHosts(List.of("localhost", "127.0.0.1"));
        try (RunningApi api = RunningApi.start(settings)) {
            assertThat(statusLine(api.port(), "evil.example:" + api.port())).contains(" 400 ");
            assertThat(statusLine(api.port(), "127.0.0.1:" + api.port())).contains(" 401 ");
            assertThat(statusLine(api.port(), "LOCALHOST:" + api.port())).contains(" 401 ");
        }
    }

    @Test
    void withoutAnAllowListEveryHostIsAnswered() throws IOException {
        try (RunningApi api = RunningApi.start()) {
            assertThat(statusLine(api.port(), "evil.example:" + api.port())).contains(" 401 ");
        }
    }

    /** The status line of {@code GET /v1/auth/me} sent with the given Host header over a raw socket. */
    private static String statusLine(int port, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/auth/me HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            return line.toString();
        }
    }
}
