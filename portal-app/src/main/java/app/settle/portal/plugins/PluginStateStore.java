package app.settle.portal.plugins;

import static app.settle.portal.jooq.Tables.PLUGIN_STATE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.pf4j.PluginStatusProvider;
import org.springframework.stereotype.Component;

/**
 * An administrator's enable/disable choice per plugin, kept in the database so it survives restarts and
 * holds for every portal node. A plugin without a row is enabled. PF4J asks it while loading; the
 * plugin manager writes it (with an audit row) before switching a plugin on or off, so PF4J's own
 * enable/disable callbacks have nothing left to store.
 */
@Component
class PluginStateStore implements PluginStatusProvider {

    private final DSLContext dsl;
    private final Clock clock;

    PluginStateStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public boolean isPluginDisabled(String pluginId) {
        Boolean enabled = dsl.select(PLUGIN_STATE.ENABLED).from(PLUGIN_STATE)
                .where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId))
                .fetchOne(PLUGIN_STATE.ENABLED);
        return enabled != null && !enabled;
    }

    void setEnabled(String pluginId, boolean enabled, String actor) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        dsl.insertInto(PLUGIN_STATE)
                .set(PLUGIN_STATE.PLUGIN_ID, pluginId)
                .set(PLUGIN_STATE.ENABLED, enabled)
                .set(PLUGIN_STATE.CHANGED_BY, actor)
                .set(PLUGIN_STATE.CHANGED_AT, now)
                .onDuplicateKeyUpdate()
                .set(PLUGIN_STATE.ENABLED, enabled)
                .set(PLUGIN_STATE.CHANGED_BY, actor)
                .set(PLUGIN_STATE.CHANGED_AT, now)
                .execute();
    }

    /** Drops the stored choice of an uninstalled plugin, so that installing it again starts it enabled. */
    void forget(String pluginId) {
        dsl.deleteFrom(PLUGIN_STATE).where(PLUGIN_STATE.PLUGIN_ID.eq(pluginId)).execute();
    }

    @Override
    public void disablePlugin(String pluginId) {
        // Stored by setEnabled, with the administrator's name, before PF4J is asked.
    }

    @Override
    public void enablePlugin(String pluginId) {
        // Stored by setEnabled, with the administrator's name, before PF4J is asked.
    }
}
