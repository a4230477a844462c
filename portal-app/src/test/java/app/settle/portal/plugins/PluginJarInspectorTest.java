package app.settle.portal.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.HostApi;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestPlugins;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The checks of an uploaded plugin jar, on jars built like a vendor builds them and on jars tampered with: each
 * problem is named in the check it belongs to, with what was found, and nothing of the jar is loaded.
 */
class PluginJarInspectorTest {

    static final Path PLUGINS = TestDatabase.workDir().resolve("inspector-test/plugins");
    static final Function<String, Optional<String>> NOTHING_INSTALLED = id -> Optional.empty();

    final PluginJarInspector inspector = new PluginJarInspector(PLUGINS, 50L * 1024 * 1024,
            HostApiCheck.forThisHost(), getClass().getClassLoader());

    @Test
    void aVendorsPluginBuiltAgainstThePluginApiAlonePassesEveryCheck() {
        Path jar = TestPlugins.apiOnlyJar("external-example");
        PluginVerdict verdict = inspector.inspect(jar, "external-example.jar", NOTHING_INSTALLED);

        assertThat(verdict.failures()).isEmpty();
        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.checks()).extracting(PluginVerdict.Check::name).containsExactly("Size", "Archive",
                "Manifest", "Plugin id", "Version", "Host API", "Archive entries", "Plugin class",
                "Referenced classes", "Vaadin components");
        assertThat(verdict.id()).isEqualTo("external-example");
        assertThat(verdict.version()).isEqualTo("1.0.0");
        assertThat(verdict.provider()).isEqualTo("Example Vendor Ltd");
        assertThat(verdict.headline()).isEqualTo("external-example 1.0.0 by Example Vendor Ltd: can be installed.");
        assertThat(detail(verdict, "Host API"))
                .isEqualTo("Needs host API >=1.0.0 & <2.0.0; this portal provides " + HostApi.VERSION + ".");
    }

    @Test
    void aFileThatIsNotAZipArchiveIsRefusedAsCorrupt() {
        PluginVerdict verdict = inspector.inspect(UploadJars.corrupt("corrupt.jar"), "corrupt.jar", NOTHING_INSTALLED);

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name).containsExactly("Archive");
        assertThat(detail(verdict, "Archive")).startsWith("The file is not a valid jar (zip) archive")
                .endsWith("Nothing else could be checked.");
        assertThat(verdict.headline()).isEqualTo("corrupt.jar: refused, 1 check failed.");
    }

    @Test
    void entriesThatWouldEscapeThePluginFolderAreEachNamed() {
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("../evil.sh", "x");
        hostile.put("/etc/cron.d/evil", "x");
        hostile.put("../external-example-evil/payload.txt", "x");
        hostile.put("docs/../../notes/override.txt", "x");
        Path jar = UploadJars.withEntries(TestPlugins.apiOnlyJar("external-example"), "traversal.jar", hostile);

        PluginVerdict verdict = inspector.inspect(jar, "traversal.jar", NOTHING_INSTALLED);

        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name).containsExactly("Archive entries");
        assertThat(detail(verdict, "Archive entries"))
                .startsWith("4 entries would escape the plugin's folder: ")
                .contains("'../evil.sh' would land in the plugins folder itself")
                .contains("'/etc/cron.d/evil' is an absolute path")
                .contains("'../external-example-evil/payload.txt' would land in the sibling folder "
                        + "external-example-evil outside the plugin's own folder")
                .contains("'docs/../../notes/override.txt' would land in the sibling folder notes");
    }

    @Test
    void aSiblingFolderThatOnlySharesThePrefixIsNotInsideThePluginFolder() {
        Path jar = UploadJars.withEntries(TestPlugins.apiOnlyJar("external-example"), "sibling.jar",
                Map.of("../external-example2/x.txt", "x"));

        PluginVerdict verdict = inspector.inspect(jar, "sibling.jar", NOTHING_INSTALLED);

        assertThat(detail(verdict, "Archive entries")).isEqualTo("1 entry would escape the plugin's folder: "
                + "'../external-example2/x.txt' would land in the sibling folder external-example2 outside the "
                + "plugin's own folder.");
    }

    @Test
    void aHostApiRangeThisPortalDoesNotMeetIsRefused() {
        PluginVerdict verdict = inspector.inspect(TestPlugins.jar("future-api"), "future-api.jar", NOTHING_INSTALLED);

        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name).containsExactly("Host API");
        assertThat(detail(verdict, "Host API"))
                .isEqualTo("The plugin needs host API >=2.0.0, but this portal provides " + HostApi.VERSION + ".");
    }

    @Test
    void aClassTheJarRefersToButNobodyHasIsNamed() {
        Path jar = UploadJars.without(TestPlugins.jar("missing-class"), "missing-class.jar",
                entry -> entry.endsWith("LeftOutHelper.class"));

        PluginVerdict verdict = inspector.inspect(jar, "missing-class.jar", NOTHING_INSTALLED);

        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name).containsExactly("Referenced classes");
        assertThat(detail(verdict, "Referenced classes")).isEqualTo("1 class it refers to is not available to "
                + "plugins: com.acme.missing.LeftOutHelper (missing).");
    }

    @Test
    void portalInternalsAndLibrariesThePortalDoesNotProvideAreRefused() {
        PluginVerdict verdict = inspector.inspect(TestPlugins.jar("uses-internals"), "uses-internals.jar",
                NOTHING_INSTALLED);

        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name).containsExactly("Referenced classes");
        assertThat(detail(verdict, "Referenced classes")).isEqualTo("2 classes it refers to are not available to "
                + "plugins: app.settle.portal.audit.AuditTrail (portal internals, not part of the plugin API); "
                + "org.mariadb.jdbc.Driver (a library the portal does not provide to plugins).");
    }

    @Test
    void aManifestWithoutProviderAndWithABadIdAndVersionFailsEachCheck() {
        Path jar = UploadJars.withManifest(TestPlugins.apiOnlyJar("external-example"), "bad-manifest.jar",
                Map.of("Plugin-Provider", "", "Plugin-Id", "External_Example", "Plugin-Version", "1.0"));

        PluginVerdict verdict = inspector.inspect(jar, "bad-manifest.jar", NOTHING_INSTALLED);

        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name)
                .containsExactly("Manifest", "Plugin id", "Version");
        assertThat(detail(verdict, "Manifest")).isEqualTo("The manifest lacks Plugin-Provider.");
        assertThat(detail(verdict, "Plugin id")).startsWith("'External_Example' is not a valid id");
        assertThat(detail(verdict, "Version")).isEqualTo("'1.0' is not a semantic version (major.minor.patch, for "
                + "example 1.4.0).");
    }

    @Test
    void aJarOverTheSizeLimitIsRefused() {
        PluginJarInspector small = new PluginJarInspector(PLUGINS, 1024, HostApiCheck.forThisHost(),
                getClass().getClassLoader());

        PluginVerdict verdict = small.inspect(TestPlugins.apiOnlyJar("external-example"), "external-example.jar",
                NOTHING_INSTALLED);

        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name).containsExactly("Size");
        assertThat(detail(verdict, "Size")).matches("\\d+\\.\\d KB is over the 1\\.0 KB limit\\.");
    }

    @Test
    void frontendCodeOutsideThePortalsVaadinBundleIsRefused() {
        PluginVerdict verdict = inspector.inspect(TestPlugins.jar("frontend-code"), "frontend-code.jar",
                NOTHING_INSTALLED);

        assertThat(verdict.failures()).extracting(PluginVerdict.Check::name).containsExactly("Vaadin components");
        assertThat(detail(verdict, "Vaadin components")).isEqualTo("Needs frontend code outside the portal's fixed "
                + "Vaadin bundle: com.acme.frontend.FancyGauge uses @JsModule; com.acme.frontend.FancyGauge uses "
                + "@NpmPackage.");
    }

    @Test
    void anUpgradeMustBeANewerVersion() {
        Path v1 = TestPlugins.apiOnlyJar("external-example");
        Path v2 = TestPlugins.apiOnlyJar("external-example-v2");

        PluginVerdict upgrade = inspector.inspect(v2, "v2.jar", id -> Optional.of("1.0.0"));
        assertThat(upgrade.accepted()).isTrue();
        assertThat(upgrade.upgrade()).isTrue();
        assertThat(detail(upgrade, "Upgrade")).isEqualTo("Replaces the installed 1.0.0 with 1.1.0.");
        assertThat(upgrade.headline()).endsWith(": can replace the installed 1.0.0.");

        PluginVerdict same = inspector.inspect(v2, "v2.jar", id -> Optional.of("1.1.0"));
        assertThat(same.failures()).extracting(PluginVerdict.Check::name).containsExactly("Upgrade");
        assertThat(detail(same, "Upgrade")).isEqualTo("Version 1.1.0 is already installed.");

        PluginVerdict downgrade = inspector.inspect(v1, "v1.jar", id -> Optional.of("1.1.0"));
        assertThat(detail(downgrade, "Upgrade")).isEqualTo("1.0.0 is older than the installed 1.1.0: downgrades are "
                + "refused.");
    }

    private static String detail(PluginVerdict verdict, String check) {
        return verdict.checks().stream().filter(c -> c.name().equals(check)).findFirst()
                .orElseThrow(() -> new AssertionError("No check " + check + " in " + verdict.checks()))
                .detail();
    }
}
