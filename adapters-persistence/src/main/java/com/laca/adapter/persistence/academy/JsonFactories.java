package com.laca.adapter.persistence.academy;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/** The JSON factories the academy's stored documents are written and read with, shared by this package. */
final class JsonFactories {

    /**
     * Made once: {@code Json.createObjectBuilder()} and {@code Json.createReader(…)} look the JSON provider up through
     * the service loader on every call, which scans the application's class path each time.
     */
    static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    /** Made once, like {@link #BUILDERS}, for reading stored documents back. */
    static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFactories() {
    }
}
