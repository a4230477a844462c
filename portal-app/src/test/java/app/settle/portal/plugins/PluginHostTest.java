package app.settle.portal.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.HostApi;
import app.settle.portal.security.TestLogins;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.UserDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The plugin host against a real MariaDB with plugin jars built by the test: good plugins load, migrate in
 * their own history table and contribute views, while each broken one (corrupt jar, wrong host API range,
 * failing migration, exception at start) is FAILED with its reason and harms nobody else.
 */
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PluginHostTest {

    static final Path PLUGINS = TestDatabase.workDir().resolve("plugin-host-test/plugins");

    @DynamicPropertySource
    static void pluginsFolder(DynamicPropertyRegistry registry) {
        TestPlugins.folderWith(PLUGINS, "showcase", "notes", "failing-start", "failing-migration", "future-api");
        TestPlugins.corruptJar(PLUGINS, "corrupt");
        registry.add("settle.plugins.dir", PLUGINS::toString);
    }

    @Autowired
    PluginHost host;
    @Autowired
    PluginViews views;
    @Autowired
    DSLContext dsl;
    @Autowired
    UserDirectory users;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        TestLogins.signOut();
    }

    @Test
    void goodPluginsStartAndContributeTheirViews() {
        Map<String, PluginStatus> byId = statusesById(host.statuses());
        assertThat(byId.get("showcase").state()).isEqualTo(PluginRunState.STARTED);
        assertThat(byId.get("showcase").version()).isEqualTo("1.2.0");
        assertThat(byId.get("showcase").provider()).isEqualTo("Acme Test Vendor");
        assertThat(byId.get("showcase").views()).containsExactly("showcase");
        assertThat(byId.get("notes").state()).isEqualTo(PluginRunState.STARTED);
        assertThat(views.find("showcase")).isPresent();
        assertThat(views.find("notes")).isPresent();
    }

    @Test
    void eachBrokenPluginIsFailedWithItsReason() {
        Map<String, PluginStatus> byId = statusesById(host.statuses());
        assertThat(byId).containsKeys("corrupt", "future-api", "failing-migration", "failing-start");

        assertThat(byId.get("corrupt").state()).isEqualTo(PluginRunState.FAILED);
        assertThat(byId.get("corrupt").failure()).startsWith("Could not load corrupt.jar");

        assertThat(byId.get("future-api").state()).isEqualTo(PluginRunState.FAILED);
        assertThat(byId.get("future-api").failure())
                .isEqualTo("The plugin needs host API >=2.0.0, but this portal provides " + HostApi.VERSION + ".");

        assertThat(byId.get("failing-migration").state()).isEqualTo(PluginRunState.FAILED);
        assertThat(byId.get("failing-migration").failure()).startsWith("Its database migration failed");
        assertThat(tableExists("failing_migration_thing")).isFalse();

        assertThat(byId.get("failing-start").state()).isEqualTo(PluginRunState.FAILED);
        assertThat(byId.get("failing-start").failure()).contains("licence server unreachable");

        assertThat(views.routes()).containsExactlyInAnyOrder("showcase", "notes");
    }

    @Test
    void pluginMigrationRunsInItsOwnHistoryTable() {
        assertThat(tableExists("notes_entry")).isTrue();
        assertThat(dsl.fetch("SELECT ID FROM DATABASECHANGELOG_NOTES").getValues(0, String.class))
                .containsExactly("notes-001");
        assertThat(dsl.fetchCount(DSL.table("DATABASECHANGELOG"), DSL.field("ID").eq("notes-001"))).isZero();
        assertThat(tableExists("DATABASECHANGELOG_SHOWCASE")).as("no changelog, no history table").isFalse();
    }

    @Test
    void disablingIsPersistedAuditedAndSurvivesARestart() {
        TestLogins.signIn(users, "admin");
        PluginStatus disabled = host.disable("notes");
        assertThat(disabled.state()).isEqualTo(PluginRunState.DISABLED);
        assertThat(views.find("notes")).isEmpty();
        assertThat(views.find("showcase")).isPresent();
        assertThat(auditActions("notes")).contains("PLUGIN_DISABLED");

        PluginHost restarted = newHostLikeTheRunningOne();
        try {
            restarted.startAll();
            assertThat(restarted.status("notes").orElseThrow().state()).isEqualTo(PluginRunState.DISABLED);
            assertThat(restarted.status("showcase").orElseThrow().state()).isEqualTo(PluginRunState.STARTED);
        } finally {
            restarted.destroy();
        }

        PluginStatus enabled = host.enable("notes");
        assertThat(enabled.state()).isEqualTo(PluginRunState.STARTED);
        assertThat(views.find("notes")).isPresent();
        assertThat(auditActions("notes")).contains("PLUGIN_ENABLED");
        assertThat(dsl.fetchCount(DSL.table("DATABASECHANGELOG_NOTES"))).as("migrations run once").isEqualTo(1);
    }

    @Test
    void onlyAdministratorsMaySwitchPlugins() {
        TestLogins.signIn(users, "supervisor");
        assertThatThrownBy(() -> host.disable("showcase")).isInstanceOf(SecurityException.class);
        assertThat(host.status("showcase").orElseThrow().state()).isEqualTo(PluginRunState.STARTED);
    }

    private PluginHost newHostLikeTheRunningOne() {
        return new PluginHost(new PluginHostProperties(PLUGINS, PLUGINS.resolveSibling("plugin-data"),
                DataSize.ofMegabytes(50)),
                context.getBean(PluginStateStore.class), context.getBean(PluginMigrator.class), new PluginViews(),
                new PluginPanels(), new PluginWidgets(), context.getBean(HostRoutes.class),
                context.getBean(PluginContextFactory.class), context.getBean(PluginTables.class));
    }

    private List<String> auditActions(String pluginId) {
        return PluginDatabaseFacts.auditActions(dsl, pluginId);
    }

    private boolean tableExists(String name) {
        return PluginDatabaseFacts.tableExists(dsl, name);
    }

    private static Map<String, PluginStatus> statusesById(List<PluginStatus> statuses) {
        return statuses.stream().collect(Collectors.toMap(PluginStatus::id, Function.identity()));
    }
}
