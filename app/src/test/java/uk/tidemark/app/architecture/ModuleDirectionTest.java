package uk.tidemark.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The folders show the architecture, and these rules keep it that way: the command side and the query side
 * never know each other; the shared kernel speaks only Java, Axon's modelling annotations and Jackson's; inside
 * the app, each wing uses only the wings below it (docs/architecture.md, "The app's wings"), the web wing is used
 * by nothing, and no package imports one that imports it back.
 */
class ModuleDirectionTest {

    private static final String APP = "uk.tidemark.app.";

    /** Each wing of the app and the wings it may use; every other wing is out of bounds for it. */
    private static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        // the ground floor: each stands on the kernel, the two sides and libraries only
        for (String base : List.of("account", "refusal", "time", "link", "origin", "deadline", "ops", "embedded",
                "config", "reference", "category")) {
            MAY_USE.put(base, Set.of());
        }
        MAY_USE.put("crypto", Set.of("config"));
        MAY_USE.put("evidence", Set.of("crypto"));
        MAY_USE.put("retention", Set.of("crypto"));
        MAY_USE.put("audit", Set.of("account", "origin"));
        MAY_USE.put("access", Set.of("account", "audit", "origin", "refusal"));
        MAY_USE.put("notify", Set.of("account", "access", "link", "time"));
        MAY_USE.put("security", Set.of("account", "audit", "access", "notify", "refusal", "config", "crypto"));
        MAY_USE.put("demo", Set.of("account", "security"));
        MAY_USE.put("web", Set.of("account", "audit", "access", "notify", "security", "refusal", "time", "link",
                "origin", "deadline", "ops", "config", "evidence", "category", "retention"));
    }

    private static JavaClasses tidemark;

    @BeforeAll
    static void importClasses() {
        tidemark = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.tidemark");
    }

    @Test
    void everyModuleIsPresent() {
        // guards the rules below against passing vacuously on an empty import
        for (String pkg : new String[]{"uk.tidemark.kernel", "uk.tidemark.command", "uk.tidemark.query", "uk.tidemark.app"}) {
            org.assertj.core.api.Assertions.assertThat(tidemark.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes in " + pkg).isTrue();
        }
    }

    @Test
    void commandSideNeverImportsQuerySide() {
        ArchRule rule = noClasses().that().resideInAPackage("uk.tidemark.command..")
                .should().dependOnClassesThat().resideInAPackage("uk.tidemark.query..");
        rule.check(tidemark);
    }

    @Test
    void querySideNeverImportsCommandSide() {
        ArchRule rule = noClasses().that().resideInAPackage("uk.tidemark.query..")
                .should().dependOnClassesThat().resideInAPackage("uk.tidemark.command..");
        rule.check(tidemark);
    }

    @Test
    void neitherSideImportsTheApp() {
        noClasses().that().resideInAnyPackage("uk.tidemark.command..", "uk.tidemark.query..", "uk.tidemark.kernel..")
                .should().dependOnClassesThat().resideInAPackage("uk.tidemark.app..")
                .check(tidemark);
    }

    @Test
    void sharedKernelImportsNoSpringNorMongo() {
        classes().that().resideInAPackage("uk.tidemark.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "uk.tidemark.kernel..", "java..", "org.axonframework.modelling.command..",
                        "org.axonframework.serialization..", "com.fasterxml.jackson.annotation..")
                .check(tidemark);
    }

    @Test
    void everyClassOfTheAppLivesInAKnownWing() {
        // a new package must be placed in the table above, so that its directions are checked too
        classes().that().resideInAPackage("uk.tidemark.app..")
                .should().resideInAnyPackage(Stream.concat(Stream.of("uk.tidemark.app"),
                        MAY_USE.keySet().stream().map(wing -> APP + wing + "..")).toArray(String[]::new))
                .check(tidemark);
    }

    @Test
    void eachWingUsesOnlyTheWingsBelowIt() {
        for (Map.Entry<String, Set<String>> wing : MAY_USE.entrySet()) {
            String[] outOfBounds = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(wing.getKey()) && !wing.getValue().contains(other))
                    .map(other -> APP + other + "..").toArray(String[]::new);
            if (outOfBounds.length == 0) {
                continue;
            }
            noClasses().that().resideInAPackage(APP + wing.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(outOfBounds)
                    .because("the " + wing.getKey() + " wing may use only " + wing.getValue())
                    .check(tidemark);
        }
    }

    @Test
    void nothingOutsideTheWebWingUsesIt() {
        noClasses().that().resideInAPackage("uk.tidemark..").and().resideOutsideOfPackage(APP + "web..")
                .should().dependOnClassesThat().resideInAPackage(APP + "web..")
                .because("controllers and pages sit on top: what they use must not know them")
                .check(tidemark);
    }

    @Test
    void accessRulesKnowNeitherTheWebNorSignIn() {
        noClasses().that().resideInAPackage(APP + "access..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + "web..", APP + "security..")
                .check(tidemark);
    }

    @Test
    void noPackageOfTheAppImportsOneThatImportsItBack() {
        slices().matching("uk.tidemark.app.(**)").should().beFreeOfCycles().check(tidemark);
    }
}
