package dev.parley.http.v1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.port.in.RegisterUserCommand;
import dev.parley.http.ApiResponse;
import dev.parley.http.CapturedLogs;
import dev.parley.http.RunningApi;
import java.net.http.HttpRequest.BodyPublishers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logging in with FastAPI's OAuth2 password form ({@code application/x-www-form-urlencoded}); a
 * charset this server does not know is refused with 415, never a 500.
 */
class LoginFormTest {

    private RunningApi api;

    @BeforeEach
    void start() {
        api = RunningApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void loggingInWithAnOauth2FormWorksLikeJsonAndTheTokenIsUsable() {
        api.core().register("alice");

        ApiResponse response = api.send("POST", "/v1/auth/token", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("grant_type=password&username=alice&password=correct+horse+battery"), null);

        assertThat(response.status()).isEqualTo(200);
        String token = response.json().path("access_token").asText();
        assertThat(api.get("/v1/auth/me", token).json().path("username").asText()).isEqualTo("alice");
    }

    @Test
    void loggingInWithAFormMissingThePasswordAnswers422() {
        ApiResponse response = api.send("POST", "/v1/auth/token", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("username=alice"), null);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("detail").get(0).path("loc").toString()).isEqualTo("[\"body\",\"password\"]");
    }

    @Test
    void formFieldsArePercentDecodedAsUtf8AndTheFirstOfRepeatedOnesCounts() {
        api.core().useCases().registerUser().register(new RegisterUserCommand("zoe", "pässword with ümlauts"));

        ApiResponse response = api.send("POST", "/v1/auth/token", "application/x-www-form-urlencoded",
                BodyPublishers.ofString("username=zo%65&password=p%C3%A4ssword+with+%C3%BCmlauts&username=other"),
                null);

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void loggingInWithAFormInAnUnknownCharsetAnswers415WithoutLoggingAnError() {
        api.core().register("alice");

        try (CapturedLogs logs = CapturedLogs.start()) {
            ApiResponse bogus = form("application/x-www-form-urlencoded; charset=bogus");
            ApiResponse malformed = form("application/x-www-form-urlencoded; charset=\"b@d\"");

            assertThat(bogus.status()).isEqualTo(415);
            assertThat(bogus.body()).isEqualTo("{\"detail\":\"Unsupported charset in Content-Type\"}");
            assertThat(malformed.status()).isEqualTo(415);
            assertThat(logs.errors()).isEmpty();
        }
    }

    @Test
    void loggingInWithAFormInANamedKnownCharsetWorks() {
        api.core().register("alice");

        assertThat(form("application/x-www-form-urlencoded; charset=\"UTF-8\"").status()).isEqualTo(200);
        assertThat(form("application/x-www-form-urlencoded;charset=iso-8859-1").status()).isEqualTo(200);
    }

    @Test
    void aFormFieldWithAMalformedEscapeIsReadAsWrittenInsteadOfFailing() {
        api.core().register("alice");

        try (CapturedLogs logs = CapturedLogs.start()) {
            ApiResponse response = api.send("POST", "/v1/auth/token", "application/x-www-form-urlencoded",
                    BodyPublishers.ofString("username=alice&password=100%zz+sure%"), null);

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.detail()).isEqualTo("Incorrect username or password");
            assertThat(logs.errors()).isEmpty();
        }
    }

    private ApiResponse form(String contentType) {
        return api.send("POST", "/v1/auth/token", contentType,
                BodyPublishers.ofString("username=alice&password=correct+horse+battery"), null);
    }
}
