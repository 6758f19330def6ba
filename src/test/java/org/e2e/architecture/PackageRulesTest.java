package org.e2e.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package map of docs/architecture.md, enforced: no package cycle, shared packages never reach into features,
 * each feature depends only on the packages the map allows, and no package uses another one's HTTP layer.
 * Plain JUnit over the compiled classes: no Quarkus boot.
 */
class PackageRulesTest {

    static final String ROOT = "org.e2e";
    /** Shared by every feature; they depend on nothing but each other (web and db on problem and config). */
    static final Set<String> SHARED = Set.of("auth", "config", "db", "problem", "web");
    /** What each package may depend on (features also on every shared one); the order is the direction of dependencies. */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("auth", Set.of());
        ALLOWED.put("config", Set.of());
        ALLOWED.put("problem", Set.of());
        ALLOWED.put("db", Set.of("config", "problem"));
        ALLOWED.put("web", Set.of("config", "problem"));
        ALLOWED.put("audit", Set.of());
        ALLOWED.put("framework", Set.of());
        ALLOWED.put("content", Set.of("framework"));
        ALLOWED.put("discovery", Set.of("framework"));
        ALLOWED.put("webhook", Set.of("audit", "framework"));
        ALLOWED.put("resource", Set.of("audit", "content", "discovery", "framework"));
        ALLOWED.put("authoring", Set.of("audit", "content", "framework", "webhook"));
        ALLOWED.put("caseapi", Set.of("content", "framework", "resource"));
        ALLOWED.put("assessment", Set.of("framework", "resource"));
        ALLOWED.put("search", Set.of("discovery", "framework", "resource"));
        ALLOWED.put("embed", Set.of("assessment", "discovery", "framework", "resource", "search"));
        ALLOWED.put("openapi", Set.of());
    }

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedPackagesNeverDependOnFeatures() {
        String[] features = ALLOWED.keySet().stream().filter(p -> !SHARED.contains(p)).map(p -> ROOT + "." + p + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAnyPackage(SHARED.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(features).check(classes);
    }

    @Test
    void eachPackageDependsOnlyOnWhatTheMapAllows() {
        for (String from : ALLOWED.keySet()) {
            String[] forbidden = ALLOWED.keySet().stream().filter(to -> !to.equals(from) && !allowed(from, to))
                    .map(to -> ROOT + "." + to + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + from + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden).check(classes);
        }
    }

    @Test
    void noPackageUsesAnotherOnesHttpLayer() {
        for (String p : ALLOWED.keySet()) {
            noClasses().that().resideOutsideOfPackage(ROOT + "." + p + "..")
                    .should().dependOnClassesThat(and(resideInAPackage(ROOT + "." + p + ".."), annotatedWith(Path.class)))
                    .check(classes);
        }
    }

    @Test
    void theMapNamesEveryPackage() {
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).filter(n -> n.startsWith(ROOT + "."))
                .map(n -> n.substring(ROOT.length() + 1).split("\\.")[0]).collect(Collectors.toSet());
        assertEquals(Set.of(), packages.stream().filter(p -> !ALLOWED.containsKey(p)).collect(Collectors.toSet()),
                "every package is in the package map (docs/architecture.md)");
    }

    private static boolean allowed(String from, String to) {
        return ALLOWED.get(from).contains(to) || !SHARED.contains(from) && SHARED.contains(to);
    }
}
