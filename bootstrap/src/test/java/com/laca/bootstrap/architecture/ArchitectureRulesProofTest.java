package com.laca.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Every architecture rule rejects a deliberately bad example")
class ArchitectureRulesProofTest {

    private static final String BAD = "com.laca.bootstrap.architecture.badexample";
    private static final ArchitectureRules RULES = new ArchitectureRules(BAD);
    private static JavaClasses badExample;

    @BeforeAll
    static void importBadExample() {
        badExample = new ClassFileImporter().importPackages(BAD);
    }

    private static void rejects(ArchRule rule, String violation) {
        assertThatThrownBy(() -> rule.check(badExample)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation);
    }

    @Test
    @DisplayName("A domain class using JPA is rejected")
    void domain() {
        rejects(RULES.domainDependsOnTheJdkOnly(), "jakarta.persistence.Entity");
    }

    @Test
    @DisplayName("An application class using an adapter is rejected")
    void application() {
        rejects(RULES.applicationDependsOnTheDomainOnly(), "JpaThingRepository");
    }

    @Test
    @DisplayName("An adapter using another adapter is rejected")
    void adapters() {
        rejects(RULES.adaptersDoNotDependOnEachOther(), "ThingResource");
    }

    @Test
    @DisplayName("An adapter using bootstrap is rejected")
    void bootstrap() {
        rejects(RULES.nothingDependsOnBootstrap(), "Wiring");
    }

    @Test
    @DisplayName("A use case importing an outbound port, and an outbound port importing a use case, are rejected")
    void ports() {
        rejects(RULES.portsInAndOutDoNotImportEachOther(), "CancelUseCase");
        rejects(RULES.portsInAndOutDoNotImportEachOther(), "SlotRepository");
    }

    @Test
    @DisplayName("An adapter using an application service is rejected")
    void services() {
        rejects(RULES.adaptersDoNotUseServices(), "SlotResource");
    }

    @Test
    @DisplayName("An area reaching one the allow-list does not name is rejected: the academy using booking")
    void areas() {
        rejects(RULES.areasDependOnlyAlong(ArchitectureRules.AREAS), "academy -> booking is not in the allow-list");
    }

    @Test
    @DisplayName("A domain or application class in no area of the allow-list is rejected")
    void unknownArea() {
        rejects(RULES.areasDependOnlyAlong(ArchitectureRules.AREAS), "Invoice is in no area of the allow-list");
    }

    @Test
    @DisplayName("JPA outside persistence, Stripe outside payments, JAX-RS and mail out of place are rejected")
    void technologies() {
        rejects(RULES.technologyStaysInItsAdapter("jakarta.persistence..", ".adapter.persistence.."), "ThingResource");
        rejects(RULES.technologyStaysInItsAdapter("com.stripe..", ".adapter.payments.."), "StripeClient");
        rejects(RULES.technologyStaysInItsAdapter("jakarta.ws.rs..", ".adapter.rest.."), "MailingResource");
        rejects(RULES.technologyStaysInItsAdapter("jakarta.mail..", ".adapter.rest.."), "jakarta.mail.Session");
    }

    @Test
    @DisplayName("Reading the system clock in the domain is rejected")
    void clock() {
        rejects(RULES.domainAndApplicationNeverReadTheClock(), "Instant.now()");
        rejects(RULES.domainAndApplicationNeverReadTheClock(), "System.currentTimeMillis()");
    }

    @Test
    @DisplayName("A rule whose subject matches nothing fails instead of passing silently")
    void emptyRuleFails() {
        rejects(new ArchitectureRules("com.laca.nothing.here").domainDependsOnTheJdkOnly(), "failed to check any classes");
    }
}
