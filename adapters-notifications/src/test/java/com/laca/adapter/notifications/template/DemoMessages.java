package com.laca.adapter.notifications.template;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.notification.Branding;
import com.laca.domain.notification.Facts;
import com.laca.domain.notification.MessageFacts;
import com.laca.domain.notification.MessageKind;
import com.laca.domain.shared.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Facts and branding like the demo clinic's, for rendering every template as a client would receive it. */
final class DemoMessages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant START = Instant.parse("2026-12-01T10:30:00Z");
    static final Branding BRANDING = new Branding("Demo Clinic", Optional.of(URI.create("https://cdn.example/logo.png")),
            "#123456", "#C0FFEE", "41 Harley Street, London W1G 8QR", Optional.of("020 7946 0000"));

    /** The demo clinic's treatments, one of each category. */
    record DemoTreatment(String name, TreatmentCategory category) {
    }

    static final List<DemoTreatment> TREATMENTS = List.of(
            new DemoTreatment("Anti-wrinkle toxin, three areas", TreatmentCategory.ANTI_WRINKLE),
            new DemoTreatment("Dermal filler, lips (1 ml)", TreatmentCategory.DERMAL_FILLER),
            new DemoTreatment("Chemical peel, medium depth", TreatmentCategory.CHEMICAL_PEEL),
            new DemoTreatment("Laser hair removal, underarms", TreatmentCategory.LASER),
            new DemoTreatment("Skin consultation", TreatmentCategory.CONSULTATION),
            new DemoTreatment("HydraFacial", TreatmentCategory.SKIN));

    private DemoMessages() {
    }

    /** The facts a booking service would snapshot for this kind and treatment. */
    static MessageFacts facts(MessageKind kind, DemoTreatment treatment) {
        MessageFacts.Builder facts = MessageFacts.builder();
        for (String name : kind.requiredFacts()) {
            switch (name) {
                case Facts.CLIENT_FIRST_NAME -> facts.text(name, "Emma");
                case Facts.APPOINTMENT_START -> facts.moment(name, START, LONDON);
                case Facts.PREVIOUS_START -> facts.moment(name, START.minus(Duration.ofDays(1)), LONDON);
                case Facts.TREATMENT_NAME -> facts.text(name, treatment.name());
                case Facts.TREATMENT_CATEGORY -> facts.text(name, treatment.category().name());
                case Facts.LOCATION_NAME -> facts.text(name, "Harley Street");
                case Facts.MANAGE_LINK -> facts.link(name, URI.create("http://localhost:8080/manage/tok123"));
                case Facts.DEPOSIT_AMOUNT -> facts.amount(name, Money.of(5_000, "GBP"));
                case Facts.REFUND_AMOUNT -> facts.amount(name, Money.of(2_550, "GBP"));
                case Facts.HOLD_EXPIRES_AT -> facts.moment(name, START.minus(Duration.ofDays(6)), LONDON);
                case Facts.STAFF_NAME -> facts.text(name, "Sam Taylor");
                case Facts.INVITATION_LINK -> facts.link(name, URI.create("http://localhost:8080/invite/abc"));
                case Facts.RESET_LINK -> facts.link(name, URI.create("http://localhost:8080/reset/abc"));
                case Facts.LINK_EXPIRES_AT -> facts.moment(name, START, LONDON);
                default -> throw new IllegalStateException("no demo value for " + name);
            }
        }
        if (kind.requiredFacts().contains(Facts.APPOINTMENT_START)) {
            facts.link(Facts.PREVISIT_LINK, URI.create("http://localhost:8080/pre-visit/tok123"))
                    .text(Facts.PRACTITIONER_NAME, "Dr Priya Shah")
                    .text(Facts.LOCATION_ADDRESS, "41 Harley Street, London W1G 8QR");
        }
        return facts.build();
    }
}
