package com.laca.adapter.inmemory.consent;

import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.consent.port.out.DocumentStoreContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The in-memory document store keeps the contract")
class InMemoryDocumentStoreTest extends DocumentStoreContract {

    private final InMemoryDocumentStore store = new InMemoryDocumentStore();

    @Override
    protected DocumentStore store() {
        return store;
    }
}
