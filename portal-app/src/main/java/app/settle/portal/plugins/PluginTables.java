package app.settle.portal.plugins;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The database tables a plugin owns, and dropping them when an administrator uninstalls it with its data,
 * or when an install fails and must leave nothing behind.
 *
 * <p>A plugin owns the tables named with its id as prefix ({@code payment-plans} → {@code payment_plans_*},
 * the rule every plugin's changelog follows) and its Liquibase history and lock tables
 * ({@link PluginMigrator#historyTable}, {@link PluginMigrator#lockTable}). Tables of the host's own schema and
 * tables that carry the longer prefix of another installed plugin are never counted as its own.
 */
@Component
class PluginTables {

    private final DSLContext dsl;

    PluginTables(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every table in the portal's database now. */
    Set<String> all() {
        return new TreeSet<>(dsl.select(DSL.field("table_name", String.class))
                .from(DSL.table("information_schema.tables"))
                .where(DSL.field("table_schema").eq(DSL.field("DATABASE()")))
                .fetch(0, String.class));
    }

    /**
     * @param pluginId       the plugin
     * @param otherPluginIds the other installed plugins, whose tables must not be counted
     * @return its tables, history and lock tables included, sorted by name
     */
    List<String> ownedBy(String pluginId, Collection<String> otherPluginIds) {
        String prefix = prefix(pluginId);
        List<String> longerPrefixes = otherPluginIds.stream().map(PluginTables::prefix)
                .filter(other -> other.length() > prefix.length() && other.startsWith(prefix)).toList();
        Set<String> host = hostTables();
        Set<String> bookkeeping = Set.of(PluginMigrator.historyTable(pluginId).toLowerCase(Locale.ROOT),
                PluginMigrator.lockTable(pluginId).toLowerCase(Locale.ROOT));
        return all().stream()
                .filter(table -> {
                    String name = table.toLowerCase(Locale.ROOT);
                    return bookkeeping.contains(name) || (name.startsWith(prefix) && !host.contains(name)
                            && longerPrefixes.stream().noneMatch(name::startsWith));
                })
                .toList();
    }

    /** Drops the tables (foreign keys between them do not matter); a table already gone is skipped. */
    void drop(Collection<String> tables) {
        Set<String> host = hostTables();
        List<String> refused = tables.stream().filter(t -> host.contains(t.toLowerCase(Locale.ROOT))).toList();
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("Refusing to drop tables of the portal itself: " + refused);
        }
        dsl.connection(connection -> {
            DSLContext session = DSL.using(connection, dsl.dialect());
            session.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                for (String table : tables) {
                    session.dropTableIfExists(DSL.name(table)).execute();
                }
            } finally {
                session.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        });
    }

    private static Set<String> hostTables() {
        return Stream.concat(app.settle.portal.jooq.DefaultSchema.DEFAULT_SCHEMA.getTables().stream(),
                        app.settle.api.db.DefaultSchema.DEFAULT_SCHEMA.getTables().stream())
                .map(Table::getName)
                .map(name -> name.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    /** {@code payment-plans} → {@code payment_plans_}. */
    static String prefix(String pluginId) {
        return pluginId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_";
    }
}
