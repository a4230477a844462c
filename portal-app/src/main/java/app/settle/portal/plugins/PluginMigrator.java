package app.settle.portal.plugins;

import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Runs one plugin's Liquibase changelog, read through the plugin's own class loader, with a history
 * table of its own ({@code DATABASECHANGELOG_<PLUGIN_ID>}) and lock table, so plugins migrate
 * independently of the host and of each other.
 */
@Component
class PluginMigrator {

    private final DataSource dataSource;

    PluginMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static String historyTable(String pluginId) {
        return "DATABASECHANGELOG_" + tableSuffix(pluginId);
    }

    static String lockTable(String pluginId) {
        return "DATABASECHANGELOGLOCK_" + tableSuffix(pluginId);
    }

    private static String tableSuffix(String pluginId) {
        return pluginId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    void migrate(String pluginId, ClassLoader pluginClassLoader, String changelog) throws Exception {
        if (pluginClassLoader.getResource(changelog) == null) {
            throw new IllegalStateException("The changelog " + changelog + " is not in the plugin jar.");
        }
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDatabaseChangeLogTableName(historyTable(pluginId));
            database.setDatabaseChangeLogLockTableName(lockTable(pluginId));
            Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(pluginClassLoader));
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .execute());
        }
    }
}
