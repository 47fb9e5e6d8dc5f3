package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.notification.port.out.OutboxRepository;
import com.laca.application.notification.port.out.OutboxRepositoryContract;
import com.laca.application.shared.PersistencePorts;

/** The outbox contract on the in-memory adapter. */
class InMemoryOutboxRepositoryTest extends OutboxRepositoryContract {

    private InMemoryPersistencePorts store;

    @Override
    protected PersistencePorts createPorts() {
        store = new InMemoryPersistencePorts();
        return store;
    }

    @Override
    protected OutboxRepository outbox() {
        return store.outbox();
    }
}
