package com.laca.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hexagon's fences as ArchUnit rules over a root package, so the same rule is checked against the product
 * ({@code com.laca}) and proven against a deliberately bad example.
 */
final class ArchitectureRules {

    /**
     * The areas of STYLE.md and, for each, the other areas it may depend on besides {@code shared}: the dependency
     * graph between areas, written down once and checked in every module (domain, application, adapters). Reasons:
     * <ul>
     * <li>identity is where roles and permissions live, so every area that checks a permission depends on it, and the
     *     shared {@code Caller} itself does;</li>
     * <li>tenancy and identity both ways: signing in resolves the clinic by its slug and refuses a suspended one;
     *     creating a clinic invites its owner, and suspending one ends its sessions;</li>
     * <li>clinic to payment: a treatment's deposit rule is payment's {@code DepositPolicy}; clinic to tenancy: prices
     *     are in the clinic's currency and the public menu resolves the slug;</li>
     * <li>booking and payment both ways, one orchestration: a booking decides and records how its deposit is taken and
     *     settles it on cancellation; payments confirm a paid hold and read an appointment's price;</li>
     * <li>safety to consent (the treatment safety policy gates on consent records; consent knows nothing of
     *     screening), and to booking for read-only client facts;</li>
     * <li>notification to clinic: the no-medical-content rule knows treatment categories; otherwise the others call
     *     notification's port (booking, payment, identity, consent, academy), never the reverse;</li>
     * <li>academy never reaches booking or payment; reporting reads tenancy, booking, payment, academy and clinic.</li>
     * </ul>
     */
    static final Map<String, Set<String>> AREAS = Map.ofEntries(
            Map.entry("shared", Set.of("identity")),
            Map.entry("tenancy", Set.of("identity")),
            Map.entry("identity", Set.of("tenancy", "notification")),
            Map.entry("clinic", Set.of("identity", "tenancy", "payment")),
            Map.entry("booking", Set.of("identity", "tenancy", "clinic", "payment", "notification")),
            Map.entry("payment", Set.of("identity", "tenancy", "booking", "notification")),
            Map.entry("safety", Set.of("identity", "clinic", "consent", "booking")),
            Map.entry("consent", Set.of("identity", "tenancy", "clinic", "booking", "notification")),
            Map.entry("records", Set.of("identity", "booking", "clinic", "safety", "consent")),
            Map.entry("notification", Set.of("identity", "clinic")),
            Map.entry("academy", Set.of("identity", "notification")),
            Map.entry("reporting", Set.of("identity", "tenancy", "booking", "payment", "academy", "clinic")));

    /** Package names that belong to an area under another name. */
    private static final Map<String, String> AREA_ALIASES = Map.of("scheduling", "booking");

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

    ArchRule portsInAndOutDoNotImportEachOther() {
        String because = "what a use case offers and what it needs are the hexagon's two sides; a type both use "
                + "belongs in the domain or in application.shared";
        return CompositeArchRule.of(noClasses().that().resideInAPackage(root + ".application..port.in..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".application..port.out..")
                        .because(because))
                .and(noClasses().that().resideInAPackage(root + ".application..port.out..")
                        .should().dependOnClassesThat().resideInAPackage(root + ".application..port.in..")
                        .because(because));
    }

    ArchRule adaptersDoNotUseServices() {
        return noClasses().that().resideInAPackage(root + ".adapter..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..service..")
                .because("adapters reach the application through its ports only, so a service can change freely");
    }

    /**
     * Every class of the domain and the application lives in a known area, and every class of an area (there, or in
     * the REST, persistence and in-memory adapters' area packages) depends on other areas only along {@code allowed};
     * every area may use {@code shared}.
     */
    ArchRule areasDependOnlyAlong(Map<String, Set<String>> allowed) {
        return classes().that().resideInAnyPackage(root + ".domain..", root + ".application..",
                        root + ".adapter.rest..", root + ".adapter.persistence..", root + ".adapter.inmemory..")
                .should(dependOnlyAlong(allowed))
                .because("the areas' dependency graph is written down once, so a new area knows its fences "
                        + "(e.g. academy never reaches booking or payment)");
    }

    private ArchCondition<JavaClass> dependOnlyAlong(Map<String, Set<String>> allowed) {
        return new ArchCondition<>("depend on other areas only along the allow-list") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<String> area = areaOf(javaClass.getPackageName());
                String name = javaClass.getPackageName() + ".";
                boolean byArea = name.startsWith(root + ".domain.") || name.startsWith(root + ".application.");
                if (area.isEmpty() || !allowed.containsKey(area.get())) {
                    if (byArea) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                + " is in no area of the allow-list"));
                    }
                    return;
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    Optional<String> target = areaOf(dependency.getTargetClass().getPackageName());
                    if (target.isEmpty() || target.get().equals(area.get()) || target.get().equals("shared")
                            || allowed.get(area.get()).contains(target.get())) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(dependency, area.get() + " -> " + target.get()
                            + " is not in the allow-list: " + dependency.getDescription()));
                }
            }
        };
    }

    /** The area of a package: the segment after domain or application, or after the adapter module's name. */
    private Optional<String> areaOf(String packageName) {
        String[] prefixes = {root + ".domain.", root + ".application.", root + ".adapter.rest.",
                root + ".adapter.persistence.", root + ".adapter.inmemory."};
        for (String prefix : prefixes) {
            if (packageName.startsWith(prefix)) {
                String segment = packageName.substring(prefix.length()).split("\\.")[0];
                String area = AREA_ALIASES.getOrDefault(segment, segment);
                return AREAS.containsKey(area) ? Optional.of(area) : Optional.empty();
            }
        }
        return Optional.empty();
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
