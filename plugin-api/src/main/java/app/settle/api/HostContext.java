package app.settle.api;

import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.core.Accounts;
import app.settle.api.core.ContactLog;
import app.settle.api.core.Holds;
import app.settle.api.core.Timeline;
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
}
