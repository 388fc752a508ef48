package dev.parley.app;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.parley.core.offender.MakesItsOwnRandomness;
import dev.parley.core.offender.MintsRandomIds;
import dev.parley.core.offender.ReadsTheSystemClock;
import dev.parley.core.offender.UsesAFramework;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hexagon's fences, checked on the compiled production classes of every module (test classes
 * and the core's test-jar are left out). Each rule names what it selects in its "that" clause, so a
 * package that is empty or missing makes the rule fail rather than pass vacuously; the last test
 * proves that.
 */
class ArchitectureTest {

    /** Classes with a direct dependency on anything in {@code packages}. */
    private static DescribedPredicate<JavaClass> use(String... packages) {
        PackageMatchers matchers = PackageMatchers.of(packages);
        return DescribedPredicate.describe("use " + String.join(", ", packages), javaClass -> javaClass
                .getDirectDependenciesFromSelf().stream()
                .anyMatch(dependency -> matchers.test(dependency.getTargetClass().getPackageName())));
    }

    private static final JavaClasses PARLEY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.parley");

    /** The core is plain Java: it can be embedded anywhere and tested without infrastructure. */
    static final ArchRule CORE_DEPENDS_ON_THE_JDK_ONLY = classes()
            .that().resideInAPackage("dev.parley.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.parley.core..")
            .because("chat-core must stay embeddable and free of frameworks");

    /** Time and randomness come in through ports, so every rule of the core is deterministic in tests. */
    static final ArchRule CORE_NEVER_READS_THE_SYSTEM_CLOCK_OR_MINTS_RANDOM_IDS = noClasses()
            .that().resideInAPackage("dev.parley.core..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callConstructor(Date.class)
            .orShould().callMethod(UUID.class, "randomUUID")
            .orShould().callConstructor(Random.class)
            .orShould().callConstructor(SecureRandom.class)
            .orShould().callMethod(ThreadLocalRandom.class, "current")
            .because("the core is given a java.time.Clock and an IdGenerator");

    /**
     * Who may use whom: adapters know only the core (never each other), the HTTP layer reaches the
     * core through incoming ports only (never repositories or models), and nothing depends on the app.
     */
    static final ArchRule HEXAGON = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("dev.parley.core.domain..")
            .layer("Incoming ports").definedBy("dev.parley.core.port.in..")
            .layer("Outgoing ports").definedBy("dev.parley.core.port.out..")
            .layer("Services").definedBy("dev.parley.core.service..")
            .layer("Persistence").definedBy("dev.parley.persistence..")
            .layer("Providers").definedBy("dev.parley.llm..")
            .layer("HTTP").definedBy("dev.parley.http..")
            .layer("App").definedBy("dev.parley.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("HTTP").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Providers").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Outgoing ports").mayOnlyBeAccessedByLayers("Services", "Persistence", "Providers", "App")
            .whereLayer("Incoming ports").mayOnlyBeAccessedByLayers("Services", "HTTP", "App");

    /** Javalin (and the Jetty and servlet types under it) are details of the HTTP adapter: swapping the web framework touches one module. */
    static final ArchRule JAVALIN_STAYS_IN_HTTP = classes()
            .that(use("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet.."))
            .should().resideInAPackage("dev.parley.http..");

    /** SQL is a detail of the persistence adapter: JDBI, JDBC and the pool never leak out. */
    static final ArchRule SQL_STAYS_IN_PERSISTENCE = classes()
            .that(use("org.jdbi..", "java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb.."))
            .should().resideInAPackage("dev.parley.persistence..");

    /** The HTTP client is a detail of the provider adapters. */
    static final ArchRule OKHTTP_STAYS_IN_PROVIDERS = classes()
            .that(use("okhttp3..", "okio.."))
            .should().resideInAPackage("dev.parley.llm..");

    /**
     * Each API dialect is its own package over the core and the shared HTTP support, so that one dialect's
     * quirks never leak into another's answers and any one of them can be removed alone. The one exception:
     * Parley's own /v1 is seed 002's API extended, so it may build on the stream package's shapes.
     */
    static final ArchRule DIALECTS_ARE_INDEPENDENT = slices().matching("dev.parley.http.(*)..")
            .namingSlices("dialect $1")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("dev.parley.http.."), resideInAPackage("dev.parley.http.support.."))
            .ignoreDependency(resideInAPackage("dev.parley.http.v1.."), resideInAPackage("dev.parley.http.stream.."));

    private static final Map<String, ArchRule> RULES = Map.of(
            "core depends on the JDK only", CORE_DEPENDS_ON_THE_JDK_ONLY,
            "core never reads the system clock or mints random ids", CORE_NEVER_READS_THE_SYSTEM_CLOCK_OR_MINTS_RANDOM_IDS,
            "the hexagon's layers", HEXAGON,
            "Javalin stays in the HTTP adapter", JAVALIN_STAYS_IN_HTTP,
            "SQL stays in the persistence adapter", SQL_STAYS_IN_PERSISTENCE,
            "OkHttp stays in the provider adapters", OKHTTP_STAYS_IN_PROVIDERS,
            "the HTTP dialects are independent of each other", DIALECTS_ARE_INDEPENDENT);

    @TestFactory
    Iterable<DynamicTest> parleyKeepsItsShape() {
        return RULES.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () -> rule.getValue().check(PARLEY)))
                .toList();
    }

    @TestFactory
    Iterable<DynamicTest> everyRuleFailsWhenItsPackagesAreMissing() {
        JavaClasses unrelated = new ClassFileImporter().importPackages("org.assertj.core.data");
        return RULES.entrySet().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getKey(), () ->
                        assertThatThrownBy(() -> rule.getValue().check(unrelated)).isInstanceOf(AssertionError.class)))
                .toList();
    }

    @Test
    void theCoreRulesCatchCoreClassesThatBreakThem() {
        JavaClasses offenders = new ClassFileImporter().importClasses(ReadsTheSystemClock.class,
                MintsRandomIds.class, MakesItsOwnRandomness.class, UsesAFramework.class);

        for (Class<?> offender : List.of(ReadsTheSystemClock.class, MintsRandomIds.class, MakesItsOwnRandomness.class)) {
            JavaClasses one = new ClassFileImporter().importClasses(offender);
            assertThatThrownBy(() -> CORE_NEVER_READS_THE_SYSTEM_CLOCK_OR_MINTS_RANDOM_IDS.check(one))
                    .as(offender.getSimpleName()).isInstanceOf(AssertionError.class);
        }
        assertThatThrownBy(() -> CORE_DEPENDS_ON_THE_JDK_ONLY.check(offenders))
                .isInstanceOf(AssertionError.class).hasMessageContaining("UsesAFramework");
    }
}
