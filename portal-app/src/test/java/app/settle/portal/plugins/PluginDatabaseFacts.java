package app.settle.portal.plugins;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What the plugin tests read back from the database: audit rows about a plugin, and which tables exist. */
final class PluginDatabaseFacts {

    private PluginDatabaseFacts() {
    }

    /** The audit actions recorded about one plugin, oldest first. */
    static List<String> auditActions(DSLContext dsl, String pluginId) {
        return dsl.fetch("SELECT action FROM audit_event WHERE entity_type = 'plugin' AND entity_id = ? ORDER BY id",
                pluginId).getValues(0, String.class);
    }

    static boolean tableExists(DSLContext dsl, String name) {
        return dsl.fetchCount(DSL.table("information_schema.tables"),
                DSL.field("table_schema").eq(DSL.field("DATABASE()")), DSL.field("table_name").eq(name)) > 0;
    }
}
