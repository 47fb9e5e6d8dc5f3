package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.notification.port.out.MessageTemplate;
import com.laca.application.notification.port.out.MessageTemplateRepository;
import com.laca.application.notification.port.out.TemplateKey;
import com.laca.domain.shared.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tenants' own templates in memory, each tenant seeing only its own, for tests and embedders. */
public final class InMemoryMessageTemplateRepository implements MessageTemplateRepository {

    private final InMemoryTransactionRunner tx;
    private final Map<TenantId, Map<TemplateKey, MessageTemplate>> templates = new ConcurrentHashMap<>();

    public InMemoryMessageTemplateRepository(InMemoryTransactionRunner tx) {
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Optional<MessageTemplate> find(TemplateKey key) {
        return Optional.ofNullable(own().get(key));
    }

    @Override
    public List<StoredTemplate> list() {
        return own().entrySet().stream().map(e -> new StoredTemplate(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void save(StoredTemplate template) {
        own().put(template.key(), template.template());
    }

    @Override
    public boolean delete(TemplateKey key) {
        return own().remove(key) != null;
    }

    private Map<TemplateKey, MessageTemplate> own() {
        return templates.computeIfAbsent(tx.tenant(), tenant -> new ConcurrentHashMap<>());
    }
}
