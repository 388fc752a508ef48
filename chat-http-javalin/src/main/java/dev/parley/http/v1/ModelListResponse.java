package dev.parley.http.v1;

import dev.parley.core.domain.model.ModelDescriptor;
import java.util.List;

/** Response: the model catalog in OpenAI's list shape. */
record ModelListResponse(String object, List<Model> data) {

    /** Response element: one model; Parley keeps no creation date, so {@code created} is 0. */
    record Model(String id, String object, long created, String ownedBy) {
    }

    static ModelListResponse of(List<ModelDescriptor> models) {
        return new ModelListResponse("list",
                models.stream().map(m -> new Model(m.name(), "model", 0, m.provider())).toList());
    }
}
