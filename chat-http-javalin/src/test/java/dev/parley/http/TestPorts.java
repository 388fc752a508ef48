package dev.parley.http;

import dev.parley.core.port.out.DrivenPorts;
import dev.parley.core.port.out.ModelCatalog;

/**
 * Test fixture: a core's driven ports with one of them replaced. The only place in this module that
 * lists the components of {@link DrivenPorts}, so that a new port means one line to add here.
 */
public final class TestPorts {

    private TestPorts() {
    }

    /** {@code ports}, serving {@code models} instead of their own catalog. */
    public static DrivenPorts withModels(DrivenPorts ports, ModelCatalog models) {
        return new DrivenPorts(ports.clock(), ports.ids(), ports.transactions(), ports.users(), ports.credentials(),
                ports.conversations(), ports.messages(), models, ports.passwords(), ports.tokens(), ports.usage(), ports.tokenCounter(),
                ports.webSearch(), ports.prompts(), ports.files(), ports.blobs(), ports.textExtractor());
    }
}
