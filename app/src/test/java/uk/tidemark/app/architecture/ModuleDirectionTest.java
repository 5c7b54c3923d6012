package uk.tidemark.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The folders show the architecture, and these rules keep it that way: the command side and the query side
 * never know each other; the shared kernel speaks only Java, Axon's modelling annotations and Jackson's.
 */
class ModuleDirectionTest {

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
}
