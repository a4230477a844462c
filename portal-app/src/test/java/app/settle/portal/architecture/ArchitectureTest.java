package app.settle.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.settle.portal.testing.TestPlugins;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Module boundaries, checked rather than hoped for. */
class ArchitectureTest {

    private static final JavaClasses HOST = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.settle");

    /** What a plugin may use: the plugin API and the libraries the host provides. */
    private static final String[] PLUGIN_MAY_USE = {"app.settle.api..", "java..", "javax..", "jakarta..",
            "org.pf4j..", "com.vaadin..", "org.jooq..", "org.slf4j..", "org.jspecify.."};

    @Test
    void portalFeaturePackagesHaveNoCycles() {
        slices().matching("app.settle.portal.(*)..").should().beFreeOfCycles().check(HOST);
    }

    @Test
    void thePluginApiDoesNotKnowTheHost() {
        noClasses().that().resideInAPackage("app.settle.api..")
                .should().dependOnClassesThat().resideInAPackage("app.settle.portal..")
                .check(HOST);
    }

    @Test
    void thePluginApiUsesOnlyProvidedLibraries() {
        classes().that().resideInAPackage("app.settle.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(PLUGIN_MAY_USE)
                .check(HOST);
    }

    @Test
    void everyHostViewStatesWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(HOST);
    }

    /**
     * Each plugin (the modules under plugins/ once built, and the plugins the tests build the way a vendor
     * would) uses only its own packages, the plugin API and the provided libraries: no host internals and
     * no other plugin.
     */
    @Test
    void pluginsDependOnlyOnThePluginApiAndProvidedLibraries() throws IOException {
        List<Path> jars = new ArrayList<>(builtPluginModuleJars());
        for (String testPlugin : List.of("showcase", "notes", "admin-tools", "view-throws", "failing-start")) {
            jars.add(TestPlugins.jar(testPlugin));
        }
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                JavaClasses plugin = new ClassFileImporter().importJar(file);
                // a plugin may bundle libraries the host does not provide (e.g. Jakarta Mail in outreach): the
                // plugin's own classes (the package of its Plugin-Class and below) are checked, and no provided
                // library may be bundled
                String pluginClass = file.getManifest().getMainAttributes().getValue("Plugin-Class");
                String own = pluginClass.substring(0, pluginClass.lastIndexOf('.')) + "..";
                classes().that().resideInAPackage(own)
                        .should().onlyDependOnClassesThat().resideInAnyPackage(allowedFor(plugin))
                        .as("classes of plugin " + jar.getFileName() + " depend only on the plugin API, provided"
                                + " libraries and their own packages")
                        .check(plugin);
                noClasses().should().resideInAnyPackage("app.settle.api..", "org.pf4j..", "com.vaadin..",
                                "org.jooq..", "org.springframework..")
                        .as("plugin " + jar.getFileName() + " bundles none of the libraries the host provides")
                        .allowEmptyShould(true)
                        .check(plugin);
            }
        }
    }

    private static String[] allowedFor(JavaClasses plugin) {
        List<String> allowed = new ArrayList<>(List.of(PLUGIN_MAY_USE));
        plugin.stream().map(c -> c.getPackageName()).distinct()
                .filter(p -> !p.startsWith("app.settle.portal") && !p.startsWith("app.settle.api"))
                .forEach(allowed::add);
        return allowed.toArray(String[]::new);
    }

    private static List<Path> builtPluginModuleJars() throws IOException {
        Path pluginsModules = Path.of("..", "plugins").toAbsolutePath().normalize();
        if (!Files.isDirectory(pluginsModules)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(pluginsModules, 3)) {
            return files.filter(p -> p.getParent().getFileName().toString().equals("target"))
                    .filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-sources.jar"))
                    // the Maven Shade plugin keeps the jar before bundling as original-<name>.jar
                    .filter(p -> !p.getFileName().toString().startsWith("original-"))
                    .toList();
        }
    }
}
