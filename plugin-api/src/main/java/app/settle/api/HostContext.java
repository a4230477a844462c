package app.settle.api;

import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.OptOuts;
import app.settle.api.core.Accounts;
import app.settle.api.core.BalanceAdjustments;
import app.settle.api.core.Assignments;
import app.settle.api.core.ContactLog;
import app.settle.api.core.Holds;
import app.settle.api.core.Timeline;
import app.settle.api.outreach.MessageChannels;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the host offers one plugin. The host creates one context per plugin and hands it over through
 * {@link SettlePlugin#attach(HostContext)} before the plugin's {@code start()}; it stays valid until
 * the plugin stops. Every service is an interface: plugins never see host classes.
 */
public interface HostContext {

    /** The id of the plugin this context belongs to. */
    String pluginId();

    DataAccess data();

    CurrentUser currentUser();

    AuditLog audit();

    /** The host's clock (UTC); use it instead of {@code Instant.now()} so that tests can move time. */
    Clock clock();

    PluginSettings settings();

    HostEvents events();

    /** May this user contact this debtor on this channel now? */
    ComplianceGuard compliance();

    /** Team scope for reading core tables. */
    Accounts accounts();

    Holds holds();

    Timeline timeline();

    ContactLog contacts();

    /**
     * Balance adjustments and write-offs (for example of an upheld dispute). Added in plugin API 1.1; a host
     * without them throws {@link UnsupportedOperationException}.
     */
    default BalanceAdjustments balanceAdjustments() {
        throw new UnsupportedOperationException("This host offers no balance adjustments");
    }

    /**
     * A folder of this plugin's own for files that do not belong in the database (e.g. uploaded evidence):
     * {@code <settle.plugins.data-dir>/<plugin id>}, created on first call. The plugin names the files in it
     * itself, never after user input. Added in plugin API 1.1; a host without it throws
     * {@link UnsupportedOperationException}.
     */
    default Path dataFolder() {
        throw new UnsupportedOperationException("This host offers plugins no data folder");
    }

    /**
     * Collectors of a team and assigning accounts to them (added in API 1.1; a host without it throws
     * {@link UnsupportedOperationException}).
     */
    default Assignments assignments() {
        throw new UnsupportedOperationException("This host does not offer account assignment to plugins");
    }

    /**
     * Runs scheduled work on one portal node at a time (a database lock per job name). Added in plugin API 1.2; a
     * host without it throws {@link UnsupportedOperationException}.
     */
    default JobLocks jobs() {
        throw new UnsupportedOperationException("This host offers plugins no job locks");
    }

    /**
     * The message channels (email, SMS, letters) that started plugins offer. Added in plugin API 1.3; a host without
     * them throws {@link UnsupportedOperationException}.
     */
    default MessageChannels messageChannels() {
        throw new UnsupportedOperationException("This host offers plugins no message channels");
    }

    /**
     * Records a debtor's opt-out of email or text messages at one address. Added in plugin API 1.3; a host without it
     * throws {@link UnsupportedOperationException}.
     */
    default OptOuts optOuts() {
        throw new UnsupportedOperationException("This host does not record opt-outs for plugins");
    }
}
