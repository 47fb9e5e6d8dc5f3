package com.laca.adapter.inmemory;

import com.laca.application.shared.PersistencePorts;

/** The in-memory adapter as the port contracts and the use-case tests see it: every port of one store. */
public final class InMemoryPersistencePorts extends InMemoryPersistence implements PersistencePorts {
}
