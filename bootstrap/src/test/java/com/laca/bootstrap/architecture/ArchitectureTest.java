package com.laca.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The product keeps the hexagon's fences")
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("com.laca");
    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // other modules' test-jars (adapters-persistence's, under mvn verify) hold tests, not the product
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.laca");
    }

    @Test
    @DisplayName("domain-core uses the JDK only")
    void domain() {
        RULES.domainDependsOnTheJdkOnly().check(product);
    }

    @Test
    @DisplayName("application uses domain-core and the JDK only")
    void application() {
        RULES.applicationDependsOnTheDomainOnly().check(product);
    }

    @Test
    @DisplayName("adapters never use each other")
    void adapters() {
        RULES.adaptersDoNotDependOnEachOther().check(product);
    }

    @Test
    @DisplayName("nothing outside bootstrap uses bootstrap")
    void bootstrap() {
        RULES.nothingDependsOnBootstrap().check(product);
    }

    @Test
    @DisplayName("port.in and port.out never import each other")
    void ports() {
        RULES.portsInAndOutDoNotImportEachOther().check(product);
    }

    @Test
    @DisplayName("adapters never use an application service, only its ports")
    void services() {
        RULES.adaptersDoNotUseServices().check(product);
    }

    @Test
    @DisplayName("areas depend on each other only along the allow-list")
    void areas() {
        RULES.areasDependOnlyAlong(ArchitectureRules.AREAS).check(product);
    }

    @Test
    @DisplayName("JPA and EclipseLink appear only in the persistence adapter")
    void jpa() {
        RULES.technologyStaysInItsAdapter("jakarta.persistence..", ".adapter.persistence..").check(product);
        RULES.technologyStaysInItsAdapter("org.eclipse.persistence..", ".adapter.persistence..").check(product);
    }

    @Test
    @DisplayName("Stripe appears only in the payments adapter")
    void stripe() {
        RULES.technologyStaysInItsAdapter("com.stripe..", ".adapter.payments..").check(product);
    }

    @Test
    @DisplayName("JAX-RS appears only in the REST adapter, the payments webhook and the application class")
    void jaxrs() {
        RULES.technologyStaysInItsAdapter("jakarta.ws.rs..", ".adapter.rest..", ".adapter.payments..",
                ".bootstrap..").check(product);
    }

    @Test
    @DisplayName("Jakarta Mail appears only in the notifications adapter")
    void mail() {
        RULES.technologyStaysInItsAdapter("jakarta.mail..", ".adapter.notifications..").check(product);
    }

    @Test
    @DisplayName("Angus Mail appears only in the notifications adapter; Mustache there, in the pages' shell and in"
            + " the unsubscribe page")
    void notificationLibraries() {
        RULES.technologyStaysInItsAdapter("org.eclipse.angus..", ".adapter.notifications..").check(product);
        RULES.technologyStaysInItsAdapter("com.github.mustachejava..", ".adapter.notifications..", ".adapter.web..",
                ".adapter.rest.notification..").check(product);
    }

    @Test
    @DisplayName("iText appears only in the documents adapter")
    void itext() {
        RULES.technologyStaysInItsAdapter("com.itextpdf..", ".adapter.documents..").check(product);
    }

    @Test
    @DisplayName("Apache Commons Imaging appears only in the documents adapter")
    void commonsImaging() {
        RULES.technologyStaysInItsAdapter("org.apache.commons.imaging..", ".adapter.documents..").check(product);
    }

    @Test
    @DisplayName("domain and application never read the system clock")
    void clock() {
        RULES.domainAndApplicationNeverReadTheClock().check(product);
    }
}
