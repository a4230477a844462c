package app.settle.portal.plugins;

import app.settle.api.AuditEntry;
import app.settle.api.AuditLog;
import app.settle.api.CurrentUser;
import app.settle.api.DataAccess;
import app.settle.api.HostContext;
import app.settle.api.HostEvents;
import app.settle.api.JobLocks;
import app.settle.api.PluginSettings;
import app.settle.api.UserRef;
import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.OptOuts;
import app.settle.api.core.Accounts;
import app.settle.api.core.BalanceAdjustment;
import app.settle.api.core.BalanceAdjustments;
import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.Assignments;
import app.settle.api.core.ContactLog;
import app.settle.api.core.ContactRecord;
import app.settle.api.core.Hold;
import app.settle.api.core.HoldReason;
import app.settle.api.core.Holds;
import app.settle.api.core.Timeline;
import app.settle.api.core.TimelineItem;
import app.settle.api.outreach.MessageChannels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The host services one plugin gets, created when the plugin starts. Changes made through it are attributed
 * to the signed-in user, or to {@code plugin:<id>} for background work, with the plugin id as audit source.
 */
final class PluginHostContext implements HostContext {

    private final String pluginId;
    private final PluginContextFactory host;
    private final DataAccess data;
    private final AuditLog audit;
    private final PluginSettings settings;
    private final HostEvents events;

    PluginHostContext(String pluginId, PluginContextFactory host) {
        this.pluginId = pluginId;
        this.host = host;
        DSLContext dsl = host.dsl();
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
        this.audit = (AuditEntry entry) -> host.auditTrail().record(
                host.currentUser().get().map(UserRef::username).orElse("plugin:" + pluginId), pluginId, entry);
        this.settings = key -> Optional.ofNullable(
                host.environment().getProperty("settle.plugins." + pluginId + "." + key));
        this.events = host.events().forOwner(pluginId);
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
        return host.currentUser();
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public Clock clock() {
        return host.clock();
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public HostEvents events() {
        return events;
    }

    @Override
    public ComplianceGuard compliance() {
        return host.compliance();
    }

    @Override
    public Accounts accounts() {
        return host.accounts();
    }

    @Override
    public Holds holds() {
        return new Holds() {
            @Override
            public long place(long accountId, HoldReason reason, String note) {
                return host.holds().place(accountId, reason, note, pluginId);
            }

            @Override
            public void release(long holdId, String note) {
                host.holds().release(holdId, note, pluginId);
            }

            @Override
            public List<Hold> active(long accountId) {
                return host.holds().active(accountId);
            }
        };
    }

    @Override
    public Timeline timeline() {
        return new Timeline() {
            @Override
            public void append(long accountId, String kind, String title, String detail) {
                host.timeline().append(accountId, kind, title, detail, pluginId);
            }

            @Override
            public List<TimelineItem> recent(long accountId, int limit) {
                return host.timeline().recent(accountId, limit);
            }
        };
    }

    @Override
    public ContactLog contacts() {
        return (ContactRecord contact) -> host.contacts().record(contact, pluginId);
    }

    @Override
    public BalanceAdjustments balanceAdjustments() {
        return (BalanceAdjustment adjustment) -> host.adjustments().adjust(adjustment, pluginId);
    }

    @Override
    public Path dataFolder() {
        Path folder = host.properties().dataDir().resolve(pluginId).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the data folder of plugin " + pluginId, e);
        }
    }

    @Override
    public Assignments assignments() {
        return new Assignments() {
            @Override
            public List<Collector> collectorsOf(long teamId) {
                if (host.currentUser().get().isEmpty()) { // background work (API 1.3): any team
                    return host.assignment().collectorsOf(teamId).stream()
                            .map(member -> new Collector(member.id(), member.username(), member.displayName()))
                            .toList();
                }
                if (!host.assignment().mayAssign()
                        || host.assignment().assignableTeams().stream().noneMatch(team -> team.id() == teamId)) {
                    return List.of();
                }
                return host.assignment().collectorsOf(teamId).stream()
                        .map(member -> new Collector(member.id(), member.username(), member.displayName()))
                        .toList();
            }

            @Override
            public void assign(long accountId, Long collectorId) {
                if (host.currentUser().get().isEmpty()) { // background work (API 1.3): within the account's team
                    host.assignment().assignInBackground(accountId, collectorId, "plugin:" + pluginId, pluginId);
                    return;
                }
                var current = host.assignment().current(accountId)
                        .orElseThrow(() -> new AccountNotVisibleException(accountId));
                host.assignment().assign(accountId, current.version(), current.teamId(), collectorId);
            }
        };
    }

    @Override
    public JobLocks jobs() {
        return host.jobLocks().forOwner(pluginId);
    }

    @Override
    public MessageChannels messageChannels() {
        return host.messageChannels();
    }

    @Override
    public OptOuts optOuts() {
        return (long accountId, Channel channel, String address, String how) ->
                host.optOuts().optOut(accountId, channel, address, how, pluginId);
    }
}
