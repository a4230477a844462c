package app.settle.portal.plugins;

import app.settle.api.AuditEntry;
import app.settle.api.AuditLog;
import app.settle.api.CurrentUser;
import app.settle.api.DataAccess;
import app.settle.api.HostContext;
import app.settle.api.HostEvents;
import app.settle.api.PluginSettings;
import app.settle.api.UserRef;
import app.settle.portal.audit.AuditTrail;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.springframework.core.env.Environment;

/** The host services one plugin gets; created when the plugin starts. */
final class PluginHostContext implements HostContext {

    private final String pluginId;
    private final DataAccess data;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final PluginSettings settings;
    private final HostEvents events;

    PluginHostContext(String pluginId, DSLContext dsl, CurrentUser currentUser, AuditTrail auditTrail, Clock clock,
                      Environment environment, HostEvents events) {
        this.pluginId = pluginId;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.data = new DataAccess() {
            @Override
            public DSLContext dsl() {
                return dsl;
            }

            @Override
            public <T> T inTransaction(Function<DSLContext, T> work) {
                return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
            }
        };
        this.audit = (AuditEntry entry) -> auditTrail.record(
                currentUser.get().map(UserRef::username).orElse("plugin:" + pluginId), pluginId, entry);
        this.settings = key -> Optional.ofNullable(environment.getProperty("settle.plugins." + pluginId + "." + key));
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public DataAccess data() {
        return data;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public HostEvents events() {
        return events;
    }
}
