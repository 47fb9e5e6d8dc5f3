package com.laca.application.notification.port.out;

import java.util.List;
import java.util.Optional;

/**
 * The running tenant's own templates, each replacing the shipped default for one kind, channel and locale; read by the
 * dispatcher at send time, so an edit applies to messages still waiting, never to ones already sent.
 */
public interface MessageTemplateRepository {

    /** The tenant's template for the key, if it has its own. */
    Optional<MessageTemplate> find(TemplateKey key);

    /** Every template of the tenant, in no particular order. */
    List<StoredTemplate> list();

    /** Stores the tenant's template for the key, replacing an earlier one. */
    void save(StoredTemplate template);

    /** Goes back to the default for the key; false if the tenant had no template of its own. */
    boolean delete(TemplateKey key);

    /** A tenant's template with the key it replaces. */
    record StoredTemplate(TemplateKey key, MessageTemplate template) {
        public StoredTemplate {
            java.util.Objects.requireNonNull(key, "key");
            java.util.Objects.requireNonNull(template, "template");
            if (key.channel() != template.channel()) {
                throw new IllegalArgumentException("the template is for " + template.channel() + ", the key for "
                        + key.channel());
            }
        }
    }
}
