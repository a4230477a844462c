package app.settle.portal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.portal.security.TestLogins;
import app.settle.portal.testing.PortalUiTest;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.UserDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Installing, upgrading and uninstalling plugins while the portal runs, through the checks an upload goes
 * through: a vendor's plugin built against the plugin-api jar alone goes in and starts without a restart; an
 * upgrade runs its new migrations and swaps the jar; uninstall keeps or purges the data; every refused or failed
 * attempt leaves no jar, no tables and no history table behind, says why, and the other plugins run on.
 */
class PluginInstallTest extends PortalUiTest {

    static final List<String> RUNNING = List.of("admin-tools", "notes", "showcase");

    @Autowired
    PluginHost host;
    @Autowired
    PluginViews views;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserDirectory users;

    @BeforeEach
    void signInAsAdmin() {
        TestLogins.signIn(users, "admin");
    }

    @AfterEach
    void removeWhatTheTestInstalled() {
        TestLogins.signIn(users, "admin");
        for (String id : List.of("external-example", "failing-migration", "start-fails")) {
            if (host.status(id).isPresent()) {
                host.uninstall(id, true);
            }
        }
        TestLogins.signOut();
    }

    @Test
    void aVendorsPluginFromAnUploadIsCheckedInstalledAndStartedWithoutARestart() {
        List<String> folderBefore = pluginsFolder();
        Path upload = TestPlugins.apiOnlyJar("external-example");

        PluginVerdict verdict = host.check(upload, "external-example-1.0.0.jar");
        assertThat(verdict.accepted()).isTrue();
        assertThat(pluginsFolder()).as("checking copies nothing").isEqualTo(folderBefore);

        PluginChange change = host.install(upload, "external-example-1.0.0.jar");

        assertThat(change.succeeded()).isTrue();
        assertThat(change.message()).isEqualTo("external-example 1.0.0 is installed and started.");
        PluginStatus status = host.status("external-example").orElseThrow();
        assertThat(status.state()).isEqualTo(PluginRunState.STARTED);
        assertThat(status.provider()).isEqualTo("Example Vendor Ltd");
        assertThat(status.views()).containsExactly("vendor-example");
        assertThat(viewText()).isEqualTo("Vendor example 1.0.0: 0 items.");
        assertThat(pluginsFolder()).containsAll(folderBefore).contains("external-example-1.0.0.jar")
                .hasSize(folderBefore.size() + 1);
        assertThat(tableExists("external_example_item")).isTrue();
        assertThat(history()).containsExactly("external-example-001");
        assertThat(auditActions("external-example")).containsSubsequence("PLUGIN_UPLOAD_CHECKED", "PLUGIN_INSTALLED");
        assertOthersRun();
    }

    @Test
    void anUpgradeRunsItsNewMigrationsKeepsTheDataAndSwapsTheJar() {
        install("external-example");
        dsl.execute("INSERT INTO external_example_item (label) VALUES ('kept across the upgrade')");

        PluginChange change = host.install(TestPlugins.apiOnlyJar("external-example-v2"), "external-example.jar");

        assertThat(change.succeeded()).isTrue();
        assertThat(change.message()).isEqualTo("external-example is upgraded from 1.0.0 to 1.1.0 and started.");
        assertThat(host.status("external-example").orElseThrow().version()).isEqualTo("1.1.0");
        assertThat(history()).containsExactly("external-example-001", "external-example-002");
        assertThat(viewText()).as("the new version's code runs").isEqualTo("Vendor example 1.1.0: 1 items, 0 tags.");
        assertThat(pluginsFolder()).contains("external-example-1.1.0.jar").doesNotContain("external-example-1.0.0.jar")
                .noneMatch(name -> name.startsWith("."));
        assertThat(auditActions("external-example")).endsWith("PLUGIN_UPGRADED");
        assertOthersRun();
    }

    @Test
    void aDisabledPluginStaysDisabledThroughAnUpgradeAndRunsTheNewMigrationsWhenEnabled() {
        install("external-example");
        host.disable("external-example");

        PluginChange change = host.install(TestPlugins.apiOnlyJar("external-example-v2"), "external-example.jar");

        assertThat(change.succeeded()).isTrue();
        assertThat(change.message()).isEqualTo("external-example is upgraded from 1.0.0 to 1.1.0; it stays disabled, "
                + "and its new migrations run when it is enabled.");
        assertThat(host.status("external-example").orElseThrow().state()).isEqualTo(PluginRunState.DISABLED);
        assertThat(views.find("vendor-example")).isEmpty();
        assertThat(history()).containsExactly("external-example-001");

        assertThat(host.enable("external-example").state()).isEqualTo(PluginRunState.STARTED);
        assertThat(history()).containsExactly("external-example-001", "external-example-002");
        assertThat(viewText()).isEqualTo("Vendor example 1.1.0: 0 items, 0 tags.");
    }

    @Test
    void aDowngradeOrTheSameVersionAgainIsRefused() {
        install("external-example-v2");

        PluginChange downgrade = host.install(TestPlugins.apiOnlyJar("external-example"), "old.jar");
        assertThat(downgrade.succeeded()).isFalse();
        assertThat(downgrade.message())
                .isEqualTo("Not installed: Upgrade: 1.0.0 is older than the installed 1.1.0: downgrades are refused.");

        PluginChange same = host.install(TestPlugins.apiOnlyJar("external-example-v2"), "same.jar");
        assertThat(same.succeeded()).isFalse();
        assertThat(same.message()).isEqualTo("Not installed: Upgrade: Version 1.1.0 is already installed.");

        assertThat(host.status("external-example").orElseThrow().version()).isEqualTo("1.1.0");
        assertThat(host.status("external-example").orElseThrow().state()).isEqualTo(PluginRunState.STARTED);
        assertThat(auditActions("external-example")).endsWith("PLUGIN_INSTALL_REFUSED", "PLUGIN_INSTALL_REFUSED");
    }

    @Test
    void anUpgradeWhoseMigrationFailsPutsThePreviousVersionBack() {
        install("external-example-v2");

        PluginChange change = host.install(TestPlugins.apiOnlyJar("external-example-v3-broken"), "broken.jar");

        assertThat(change.succeeded()).isFalse();
        assertThat(change.message()).startsWith("Not upgraded to 1.2.0: Its database migration failed")
                .endsWith("Version 1.1.0 is back (started).");
        PluginStatus status = host.status("external-example").orElseThrow();
        assertThat(status.version()).isEqualTo("1.1.0");
        assertThat(status.state()).isEqualTo(PluginRunState.STARTED);
        assertThat(viewText()).startsWith("Vendor example 1.1.0");
        assertThat(pluginsFolder()).contains("external-example-1.1.0.jar").doesNotContain("external-example-1.2.0.jar")
                .noneMatch(name -> name.startsWith("."));
        assertThat(auditActions("external-example")).endsWith("PLUGIN_UPGRADE_FAILED");
        assertOthersRun();
    }

    @Test
    void uninstallKeepsTheDataForALaterInstallOrPurgesItWithItsHistory() {
        install("external-example");
        dsl.execute("INSERT INTO external_example_item (label) VALUES ('customer data')");
        assertThat(host.dataOf("external-example")).containsExactly("DATABASECHANGELOGLOCK_EXTERNAL_EXAMPLE",
                "DATABASECHANGELOG_EXTERNAL_EXAMPLE", "external_example_item");

        PluginChange kept = host.uninstall("external-example", false);

        assertThat(kept.message()).isEqualTo("external-example is uninstalled; its data is kept for a later install.");
        assertThat(host.status("external-example")).isEmpty();
        assertThat(views.find("vendor-example")).isEmpty();
        assertThat(pluginsFolder()).noneMatch(name -> name.startsWith("external-example"));
        assertThat(dsl.fetchCount(DSL.table("external_example_item"))).isEqualTo(1);

        install("external-example");
        assertThat(viewText()).isEqualTo("Vendor example 1.0.0: 1 items.");

        PluginChange purged = host.uninstall("external-example", true);

        assertThat(purged.message()).isEqualTo("external-example is uninstalled; its data is deleted (3 tables).");
        assertThat(tableExists("external_example_item")).isFalse();
        assertThat(tableExists("DATABASECHANGELOG_EXTERNAL_EXAMPLE")).isFalse();
        assertThat(tableExists("DATABASECHANGELOGLOCK_EXTERNAL_EXAMPLE")).isFalse();
        assertThat(auditActions("external-example")).containsSubsequence("PLUGIN_UNINSTALLED", "PLUGIN_INSTALLED",
                "PLUGIN_UNINSTALLED");
        assertOthersRun();
    }

    @Test
    void eachRefusedUploadSaysWhyCopiesNothingAndHarmsNobody() {
        Path good = TestPlugins.apiOnlyJar("external-example");
        Map<Path, String> refusals = Map.of(
                UploadJars.corrupt("corrupt.jar"), "Archive: The file is not a valid jar (zip) archive",
                UploadJars.withEntries(good, "traversal.jar", Map.of("../../evil.sh", "x")),
                "Archive entries: 1 entry would escape the plugin's folder: '../../evil.sh' would land in a folder "
                        + "outside the plugins folder.",
                UploadJars.withEntries(good, "same-prefix.jar", Map.of("../external-example-other/x.txt", "x")),
                "would land in the sibling folder external-example-other outside the plugin's own folder",
                UploadJars.withManifest(TestPlugins.jar("future-api"), "far-future.jar", Map.of("Plugin-Id",
                        "far-future")), "Host API: The plugin needs host API >=2.0.0, but this portal provides",
                UploadJars.without(TestPlugins.jar("missing-class"), "missing-class.jar",
                        entry -> entry.endsWith("LeftOutHelper.class")),
                "Referenced classes: 1 class it refers to is not available to plugins: "
                        + "com.acme.missing.LeftOutHelper (missing).");
        List<String> folderBefore = pluginsFolder();
        List<PluginStatus> statusesBefore = host.statuses();

        refusals.forEach((jar, reason) -> {
            PluginChange change = host.install(jar, jar.getFileName().toString());
            assertThat(change.succeeded()).as(jar.getFileName().toString()).isFalse();
            assertThat(change.message()).as(jar.getFileName().toString()).startsWith("Not installed: ")
                    .contains(reason);
        });

        assertThat(pluginsFolder()).isEqualTo(folderBefore);
        assertThat(host.statuses()).isEqualTo(statusesBefore);
        assertThat(auditActions("far-future")).endsWith("PLUGIN_INSTALL_REFUSED");
        assertOthersRun();
    }

    @Test
    void aFailingMigrationLeavesNoJarNoTablesAndNoHistoryAndShowsThePluginFailed() {
        List<String> folderBefore = pluginsFolder();

        PluginChange change = host.install(TestPlugins.jar("failing-migration"), "failing-migration.jar");

        assertThat(change.succeeded()).isFalse();
        assertThat(change.message()).startsWith("Not installed: Its database migration failed")
                .endsWith("Nothing of it was kept; the portal and the other plugins carry on.");
        PluginStatus status = host.status("failing-migration").orElseThrow();
        assertThat(status.state()).isEqualTo(PluginRunState.FAILED);
        assertThat(status.failure()).startsWith("Not installed: Its database migration failed");
        assertThat(status.jarFile()).isNull();
        assertThat(pluginsFolder()).isEqualTo(folderBefore);
        assertThat(tableExists("DATABASECHANGELOG_FAILING_MIGRATION")).isFalse();
        assertThat(auditActions("failing-migration")).endsWith("PLUGIN_INSTALL_FAILED");
        assertOthersRun();
    }

    @Test
    void aMigrationThatFailsHalfwayHasItsFirstStepsUndoneOnANewInstall() {
        PluginChange change = host.install(TestPlugins.apiOnlyJar("external-example-v3-broken"), "broken.jar");

        assertThat(change.succeeded()).isFalse();
        assertThat(tableExists("external_example_item")).isFalse();
        assertThat(tableExists("external_example_tag")).isFalse();
        assertThat(tableExists("DATABASECHANGELOG_EXTERNAL_EXAMPLE")).isFalse();
        assertThat(tableExists("DATABASECHANGELOGLOCK_EXTERNAL_EXAMPLE")).isFalse();
        assertThat(pluginsFolder()).noneMatch(name -> name.startsWith("external-example"));
        assertOthersRun();
    }

    @Test
    void anExceptionAtStartLeavesNoJarAndShowsThePluginFailedWithTheReason() {
        Path startFails = UploadJars.withManifest(TestPlugins.jar("failing-start"), "start-fails.jar",
                Map.of("Plugin-Id", "start-fails"));

        PluginChange change = host.install(startFails, "start-fails.jar");

        assertThat(change.succeeded()).isFalse();
        assertThat(change.message()).startsWith("Not installed: It failed to start:")
                .contains("licence server unreachable");
        assertThat(host.status("start-fails").orElseThrow().state()).isEqualTo(PluginRunState.FAILED);
        assertThat(pluginsFolder()).noneMatch(name -> name.startsWith("start-fails"));
        assertThat(auditActions("start-fails")).endsWith("PLUGIN_INSTALL_FAILED");
        assertOthersRun();
    }

    @Test
    void onlyAdministratorsMayCheckInstallOrUninstall() {
        TestLogins.signIn(users, "supervisor");
        Path upload = TestPlugins.apiOnlyJar("external-example");

        assertThatThrownBy(() -> host.check(upload, "x.jar")).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> host.install(upload, "x.jar")).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> host.uninstall("notes", true)).isInstanceOf(SecurityException.class);
        assertThat(host.status("external-example")).isEmpty();
        assertOthersRun();
    }

    private void install(String testPlugin) {
        PluginChange change = host.install(TestPlugins.apiOnlyJar(testPlugin), testPlugin + ".jar");
        assertThat(change.succeeded()).as(change.message()).isTrue();
    }

    private void assertOthersRun() {
        for (String id : RUNNING) {
            assertThat(host.status(id).orElseThrow().state()).as(id).isEqualTo(PluginRunState.STARTED);
        }
        assertThat(views.find("showcase")).isPresent();
    }

    private String viewText() {
        PluginViews.RegisteredView view = views.find("vendor-example").orElseThrow();
        return view.contribution().createView(view.context()).getElement().getChild(1).getTextRecursively();
    }

    private List<String> history() {
        return dsl.fetch("SELECT ID FROM DATABASECHANGELOG_EXTERNAL_EXAMPLE ORDER BY ORDEREXECUTED")
                .getValues(0, String.class);
    }

    private List<String> pluginsFolder() {
        try (Stream<Path> files = Files.list(host.pluginsDir())) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> auditActions(String pluginId) {
        return PluginDatabaseFacts.auditActions(dsl, pluginId);
    }

    private boolean tableExists(String name) {
        return PluginDatabaseFacts.tableExists(dsl, name);
    }
}
