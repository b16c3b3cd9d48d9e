package org.briatlas.arch;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rooms of the code and which way their dependencies point, checked on the compiled classes (so that
 * a fully qualified name used inline counts as much as an import).
 */
class ArchitectureTest {

    private static JavaClasses atlas;

    @BeforeAll
    static void importClasses() {
        atlas = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.briatlas");
    }

    @Test
    void headlessRoomsAreFreeOfJavaFxAndGluon() {
        noClasses().that().resideInAnyPackage("org.briatlas.model..", "org.briatlas.io..", "org.briatlas.geo..",
                        "org.briatlas.analysis..", "org.briatlas.carto..", "org.briatlas.cli..", "org.briatlas.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
                .because("they run on the command line, without a display")
                .check(atlas);
    }

    @Test
    void panelsUseNeitherLayersNorOtherPanels() {
        noClasses().that().resideInAPackage("org.briatlas.panels..")
                .should().dependOnClassesThat().resideInAPackage("org.briatlas.layers..")
                .because("a panel reads the model, not the map's layers")
                .check(atlas);
        classes().that().resideInAPackage("org.briatlas.panels..")
                .should(useNoOtherPanel())
                .because("panels talk through the application model, never to each other")
                .check(atlas);
    }

    @Test
    void layersUseNoPanels() {
        noClasses().that().resideInAPackage("org.briatlas.layers..")
                .should().dependOnClassesThat().resideInAPackage("org.briatlas.panels..")
                .check(atlas);
    }

    @Test
    void nothingUsesTheApp() {
        noClasses().that().resideOutsideOfPackage("org.briatlas.app..")
                .should().dependOnClassesThat().resideInAPackage("org.briatlas.app..")
                .because("the app is the composition root at the top")
                .check(atlas);
    }

    @Test
    void theModelKnowsNoViews() {
        noClasses().that().resideInAPackage("org.briatlas.state..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "com.gluonhq..", "org.briatlas.map..", "org.briatlas.layers..", "org.briatlas.panels..",
                        "org.briatlas.tour..", "org.briatlas.window..", "org.briatlas.fx..")
                .because("views bind to the model; the model is tested without the toolkit")
                .check(atlas);
    }

    @Test
    void thereAreNoPackageCycles() {
        slices().matching("org.briatlas.(*)..").should().beFreeOfCycles().check(atlas);
    }

    @Test
    void bundlesAreReadOnlyThroughMessages() {
        noClasses().that().doNotHaveFullyQualifiedName("org.briatlas.i18n.Messages")
                .should().callMethod(ResourceBundle.class, "getBundle", String.class, Locale.class)
                .orShould().callMethod(ResourceBundle.class, "getBundle", String.class)
                .because("English must not fall back to the desktop's language")
                .check(atlas);
    }

    @Test
    void fileDialogsOpenOnlyThroughFileDialogs() {
        noClasses().that().doNotHaveFullyQualifiedName("org.briatlas.fx.FileDialogs")
                .should().callMethod(javafx.stage.FileChooser.class, "showOpenDialog", javafx.stage.Window.class)
                .orShould().callMethod(javafx.stage.FileChooser.class, "showSaveDialog", javafx.stage.Window.class)
                .orShould().callMethod(javafx.stage.FileChooser.class, "showOpenMultipleDialog",
                        javafx.stage.Window.class)
                .orShould().callMethod(javafx.stage.DirectoryChooser.class, "showDialog", javafx.stage.Window.class)
                .because("a modal dialog un-maximises its owner under some window managers (JDK-8332222)")
                .check(atlas);
    }

    @Test
    void noSourceFileIsLongerThan500Lines() throws java.io.IOException {
        java.util.List<String> long_ = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                long lines = java.nio.file.Files.readAllLines(f).size();
                if (lines > 500) {
                    long_.add(f + ": " + lines);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), long_, "split these files");
    }

    /** A class in panels may use, of panels, only its own nested classes. */
    private static ArchCondition<JavaClass> useNoOtherPanel() {
        return new ArchCondition<>("use no other panel") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = topLevel(item).getName();
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    if (target.getPackageName().startsWith("org.briatlas.panels")
                            && !topLevel(target).getName().equals(own)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) {
            t = t.getEnclosingClass().get();
        }
        return t;
    }
}
