package dev.parley.core.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.core.domain.error.InvalidInputException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SamplingAndProfileRulesTest {

    private static void refused(Runnable build, String field) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void topPStopAndSeedAreCheckedWhereTheyAreGiven() {
        refused(() -> new GenerationOptions(null, null, 1.5, null, null), "top_p");
        refused(() -> new GenerationOptions(null, null, Double.NaN, null, null), "top_p");
        refused(() -> new GenerationOptions(null, null, null, List.of("a", "b", "c", "d", "e"), null), "stop");
        refused(() -> new GenerationOptions(null, null, null, List.of(""), null), "stop");
        refused(() -> new GenerationOptions(null, null, null, List.of("x".repeat(257)), null), "stop");
        GenerationOptions ok = new GenerationOptions(0.0, 1, 0.0, List.of("\n\n", "END"), Long.MIN_VALUE);
        assertThat(ok.stop()).containsExactly("\n\n", "END");
        assertThat(new GenerationOptions(null, null).stop()).isEmpty();
    }

    @Test
    void aProfilesDefaultsFollowTheRequestRulesAndEveryModelChats() {
        refused(() -> new ModelProfile(8, null, null, List.of(), List.of(), Set.of()), "context_window");
        refused(() -> new ModelProfile(null, 0, null, List.of(), List.of(), Set.of()), "max_tokens");
        refused(() -> new ModelProfile(null, null, 3.0, List.of(), List.of(), Set.of()), "temperature");
        ModelProfile vision = new ModelProfile(4096, null, null, List.of(), List.of(), Set.of(ModelCapability.VISION));
        assertThat(vision.capabilities()).containsExactlyInAnyOrder(ModelCapability.CHAT, ModelCapability.VISION);
        assertThat(ModelProfile.UNKNOWN.can(ModelCapability.VISION)).isFalse();
    }

    @Test
    void theRequestsValuesWinOverTheProfilesDefaults() {
        ModelProfile profile = new ModelProfile(null, 150, 0.7, List.of(), List.of(), Collections.emptySet());
        assertThat(new GenerationOptions(0.2, null).withDefaults(profile)).isEqualTo(new GenerationOptions(0.2, 150));
        assertThat(GenerationOptions.DEFAULTS.withDefaults(ModelProfile.UNKNOWN)).isEqualTo(GenerationOptions.DEFAULTS);
    }
}
