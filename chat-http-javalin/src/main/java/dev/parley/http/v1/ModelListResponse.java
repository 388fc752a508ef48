package dev.parley.http.v1;

import dev.parley.core.domain.model.ModelDescriptor;
import dev.parley.core.domain.model.ModelProfile;
import java.util.List;
import java.util.Locale;

/** Response: the model catalog in OpenAI's list shape. */
record ModelListResponse(String object, List<Model> data) {

    /**
     * Response element: one model; Parley keeps no creation date, so {@code created} is 0. After OpenAI's
     * fields come the catalog's: capabilities in lowercase, and null for a number the catalog does not know.
     */
    record Model(
            String id,
            String object,
            long created,
            String ownedBy,
            String provider,
            List<String> capabilities,
            Integer contextWindow,
            List<String> aliases,
            List<String> fallbacks,
            Integer defaultMaxTokens,
            Double defaultTemperature) {

        static Model of(ModelDescriptor model) {
            ModelProfile profile = model.profile();
            // In the enum's order: a set has none, and clients compare lists.
            List<String> capabilities = profile.capabilities().stream().sorted()
                    .map(capability -> capability.name().toLowerCase(Locale.ROOT)).toList();
            return new Model(model.name(), "model", 0, model.provider(), model.provider(), capabilities,
                    profile.contextWindow(), profile.aliases(), profile.fallbacks(), profile.defaultMaxTokens(),
                    profile.defaultTemperature());
        }
    }

    static ModelListResponse of(List<ModelDescriptor> models) {
        return new ModelListResponse("list", models.stream().map(Model::of).toList());
    }
}
