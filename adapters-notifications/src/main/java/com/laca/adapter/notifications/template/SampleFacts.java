package com.laca.adapter.notifications.template;

import com.laca.domain.notification.Audience;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.shared.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Made-up facts for previewing a template: a plausible value for every fact the kind needs and for the optional ones
 * its templates may use, so staff see a realistic message and a template naming a fact the kind does not have is
 * caught before it is saved.
 */
final class SampleFacts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant START = Instant.parse("2026-12-01T10:30:00Z");
    private static final Set<String> OPTIONAL_FOR_CLIENTS = Set.of(Facts.PREVISIT_LINK, Facts.PRACTITIONER_NAME,
            Facts.LOCATION_ADDRESS);

    private SampleFacts() {
    }

    /** Sample facts for a kind; names this class does not know are given a value by their form. */
    static MessageFacts forKind(MessageKind kind) {
        Set<String> names = new TreeSet<>(kind.requiredFacts());
        if (kind.audience() == Audience.CLIENT && kind.requiredFacts().contains(Facts.APPOINTMENT_START)) {
            names.addAll(OPTIONAL_FOR_CLIENTS);
        }
        if (kind.audience() == Audience.CLIENT) {
            names.add(Facts.UNSUBSCRIBE_LINK);
        }
        MessageFacts.Builder facts = MessageFacts.builder();
        names.forEach(name -> sample(facts, name));
        return facts.build();
    }

    private static void sample(MessageFacts.Builder facts, String name) {
        switch (name) {
            case Facts.CLIENT_FIRST_NAME -> facts.text(name, "Emma");
            case Facts.APPOINTMENT_START -> facts.moment(name, START, LONDON);
            case Facts.PREVIOUS_START -> facts.moment(name, START.minus(Duration.ofDays(2)), LONDON);
            case Facts.TREATMENT_NAME -> facts.text(name, "Chemical peel, medium depth");
            case Facts.TREATMENT_CATEGORY -> facts.text(name, "CHEMICAL_PEEL");
            case Facts.PRACTITIONER_NAME -> facts.text(name, "Dr Priya Shah");
            case Facts.LOCATION_NAME -> facts.text(name, "Harley Street");
            case Facts.LOCATION_ADDRESS -> facts.text(name, "41 Harley Street, London W1G 8QR");
            case Facts.DEPOSIT_AMOUNT, Facts.REFUND_AMOUNT -> facts.amount(name, Money.of(5_000, "GBP"));
            case Facts.HOLD_EXPIRES_AT -> facts.moment(name, START.minus(Duration.ofDays(6)), LONDON);
            case Facts.STAFF_NAME -> facts.text(name, "Sam Taylor");
            case Facts.LINK_EXPIRES_AT -> facts.moment(name, START.minus(Duration.ofDays(1)), LONDON);
            default -> byForm(facts, name);
        }
    }

    /** A value guessed from the name: links, moments and amounts by their usual names, text otherwise. */
    private static void byForm(MessageFacts.Builder facts, String name) {
        String last = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (name.startsWith("link.") || last.endsWith("url") || last.endsWith("link")) {
            facts.link(name, URI.create("https://example.invalid/" + name.replace('.', '/')));
        } else if (last.endsWith("at") || last.endsWith("start") || last.endsWith("date")) {
            facts.moment(name, START, LONDON);
        } else if (last.endsWith("amount") || last.endsWith("price")) {
            facts.amount(name, Money.of(5_000, "GBP"));
        } else {
            facts.text(name, "Sample " + last);
        }
    }
}
