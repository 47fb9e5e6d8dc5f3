package com.laca.adapter.inmemory.academy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.academy.port.out.IssuerKeyRepository;
import com.laca.application.academy.port.out.IssuerKeyRepositoryContract;
import com.laca.application.shared.PersistencePorts;

/** The issuer key store contract on the in-memory adapter. */
class InMemoryIssuerKeyRepositoryTest extends IssuerKeyRepositoryContract {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final InMemoryIssuerKeyRepository keys = new InMemoryIssuerKeyRepository(ports.tx());

    @Override
    protected PersistencePorts createPorts() {
        return ports;
    }

    @Override
    protected IssuerKeyRepository issuerKeys() {
        return keys;
    }
}
