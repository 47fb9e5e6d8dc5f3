package com.laca.adapter.inmemory.consent;

import com.laca.application.consent.port.out.DocumentExistsException;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DocumentStore} in memory, for use-case tests and embedders; passes the same contract as the real ones. */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<DocumentKey, byte[]> documents = new ConcurrentHashMap<>();

    @Override
    public void put(DocumentKey key, byte[] content) {
        if (documents.putIfAbsent(key, content.clone()) != null) {
            throw new DocumentExistsException(key);
        }
    }

    @Override
    public Optional<byte[]> get(DocumentKey key) {
        return Optional.ofNullable(documents.get(key)).map(byte[]::clone);
    }

    @Override
    public void delete(DocumentKey key) {
        documents.remove(key);
    }
}
