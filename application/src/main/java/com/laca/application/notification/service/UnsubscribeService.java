package com.laca.application.notification.service;

import com.laca.application.notification.port.in.UnsubscribeUseCase;
import com.laca.application.notification.port.in.UnsubscribeView;
import com.laca.application.notification.port.out.ContactDirectory;
import com.laca.application.notification.port.out.MarketingOptOuts;
import com.laca.application.notification.port.out.NotificationSettingsRepository;
import com.laca.application.notification.port.out.Subscriber;
import com.laca.application.notification.port.out.UnsubscribeLinks;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.notification.ContactPreferences;
import java.util.Objects;

/**
 * Reads the unsubscribe link's signed token, takes the tenant from it, and shows or withdraws the client's marketing
 * consent in that tenant's transaction; every link that cannot be read or names no client looks the same (not found),
 * so the endpoint tells a guesser nothing.
 */
public final class UnsubscribeService implements UnsubscribeUseCase {

    private static final String LINK = "unsubscribe link";

    private final TransactionRunner tx;
    private final UnsubscribeLinks links;
    private final ContactDirectory contacts;
    private final MarketingOptOuts optOuts;
    private final NotificationSettingsRepository settings;

    public UnsubscribeService(TransactionRunner tx, UnsubscribeLinks links, ContactDirectory contacts,
                              MarketingOptOuts optOuts, NotificationSettingsRepository settings) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.links = Objects.requireNonNull(links, "links");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.optOuts = Objects.requireNonNull(optOuts, "optOuts");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public UnsubscribeView view(String token) {
        Subscriber subscriber = read(token);
        return tx.inTenant(subscriber.tenant(), () -> describe(subscriber));
    }

    @Override
    public UnsubscribeView unsubscribe(String token) {
        Subscriber subscriber = read(token);
        return tx.inTenant(subscriber.tenant(), () -> {
            if (!optOuts.withdrawMarketing(subscriber.client())) {
                throw new NotFoundException(LINK, "with that address");
            }
            return describe(subscriber);
        });
    }

    private Subscriber read(String token) {
        return links.read(Objects.requireNonNull(token, "token"))
                .orElseThrow(() -> new NotFoundException(LINK, "with that address"));
    }

    private UnsubscribeView describe(Subscriber subscriber) {
        ContactPreferences preferences = contacts.client(subscriber.client())
                .orElseThrow(() -> new NotFoundException(LINK, "with that address"));
        boolean receives = !preferences.marketing().channels().isEmpty();
        return new UnsubscribeView(settings.current().branding().clinicName(), receives);
    }
}
