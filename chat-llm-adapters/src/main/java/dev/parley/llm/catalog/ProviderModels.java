package dev.parley.llm.catalog;

import dev.parley.core.port.out.ChatModel;
import java.util.List;

/** What one provider offers: its name, the adapter that serves it, its model ids in preference order. */
record ProviderModels(String provider, ChatModel model, List<String> modelIds) {

    ProviderModels {
        modelIds = modelIds.stream().distinct().toList();
    }
}
