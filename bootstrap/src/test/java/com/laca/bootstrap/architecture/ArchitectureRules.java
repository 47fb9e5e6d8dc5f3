package com.laca.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Clock;
import java.util.List;

/**
 * The hexagon's fences as ArchUnit rules over a root package, so the same rule is checked against the product
 * ({@code com.laca}) and proven against a deliberately bad example.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    ArchRule domainDependsOnTheJdkOnly() {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
                .because("domain-core is embedded by other teams and must stay pure Java");
    }

    ArchRule applicationDependsOnTheDomainOnly() {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
                .because("use cases must not know which adapters or frameworks serve them");
    }

    ArchRule adaptersDoNotDependOnEachOther() {
        return SlicesRuleDefinition.slices().matching(root + ".adapter.(*)..")
                .should().notDependOnEachOther()
                .because("adapters are pluggable: each talks to the application only");
    }

    ArchRule nothingDependsOnBootstrap() {
        return noClasses().that().resideOutsideOfPackage(root + ".bootstrap..")
                .should().dependOnClassesThat().resideInAPackage(root + ".bootstrap..")
                .because("only the wiring module sees everything; nothing may see it");
    }

    ArchRule technologyStaysInItsAdapter(String technologyPackage, String... allowedPackages) {
        List<String> allowed = List.of(allowedPackages).stream().map(p -> root + p).toList();
        return noClasses().that().resideOutsideOfPackages(allowed.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(technologyPackage)
                .because(technologyPackage + " is confined to " + allowed);
    }

    ArchRule domainAndApplicationNeverReadTheClock() {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().callMethodWhere(readsTheSystemClock())
                .because("time is passed in as a Clock so rules are testable at any moment, e.g. across DST changes");
    }

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return DescribedPredicate.describe("reads the system clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean javaTimeNow = owner.startsWith("java.time.") && name.equals("now")
                    && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Clock.class));
            boolean systemClock = owner.equals(Clock.class.getName())
                    && (name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system"));
            boolean systemTime = owner.equals(System.class.getName())
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
            return javaTimeNow || systemClock || systemTime;
        });
    }
}
