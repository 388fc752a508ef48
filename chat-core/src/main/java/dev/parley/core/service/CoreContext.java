package dev.parley.core.service;

import dev.parley.core.port.out.ConversationRepository;
import dev.parley.core.port.out.DrivenPorts;
import dev.parley.core.port.out.IdGenerator;
import dev.parley.core.port.out.MessageRepository;
import dev.parley.core.port.out.ModelCatalog;
import dev.parley.core.port.out.Transactions;
import java.time.Clock;

/** The driven ports the send flow uses, named for readability inside the service package. */
record CoreContext(DrivenPorts ports) {

    Clock clock() {
        return ports.clock();
    }

    IdGenerator ids() {
        return ports.ids();
    }

    Transactions transactions() {
        return ports.transactions();
    }

    ConversationRepository conversations() {
        return ports.conversations();
    }

    MessageRepository messages() {
        return ports.messages();
    }

    ModelCatalog models() {
        return ports.models();
    }

    dev.parley.core.port.out.UsageRepository usage() {
        return ports.usage();
    }

    dev.parley.core.port.out.TokenCounter tokenCounter() {
        return ports.tokenCounter();
    }

    dev.parley.core.port.out.WebSearch webSearch() {
        return ports.webSearch();
    }
}
