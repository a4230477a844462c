package app.settle.api;

import java.util.Optional;
import org.pf4j.Plugin;

/**
 * Base class of every Settle plugin (the {@code Plugin-Class} of its manifest).
 *
 * <p>Lifecycle, as the host runs it:
 * <ol>
 *   <li>the jar is checked (manifest, {@code Plugin-Requires} against {@link HostApi#VERSION}) and loaded
 *       in a class loader of its own;</li>
 *   <li>the plugin's Liquibase changelog ({@link #changelog()}) runs with that class loader and its own
 *       history table {@code DATABASECHANGELOG_<PLUGIN_ID>};</li>
 *   <li>{@link #attach(HostContext)} hands over the host services, then {@code start()} runs;</li>
 *   <li>its extensions (views and the other extension points) are collected and registered;</li>
 *   <li>on disable or shutdown, extensions are withdrawn first, then {@code stop()} runs.</li>
 * </ol>
 * A failure in any step marks only this plugin FAILED with the reason; the portal and the other
 * plugins keep running.
 */
public abstract class SettlePlugin extends Plugin {

    private volatile HostContext host;

    /** Called by the host once per start, before {@code start()}. Not for plugin code. */
    public final void attach(HostContext context) {
        this.host = context;
    }

    /** The host services; available from {@code start()} on. */
    protected final HostContext host() {
        HostContext context = host;
        if (context == null) {
            throw new IllegalStateException("The host has not attached to this plugin yet: use host() from start() on");
        }
        return context;
    }

    /**
     * Location of this plugin's Liquibase changelog inside its jar (a class-path resource, e.g.
     * {@code db/acme-notes/changelog.xml}), or empty when the plugin has no tables. Its tables must be
     * prefixed with the plugin id. Keep the path unique to the plugin: it is looked up through the
     * plugin's class loader.
     */
    public Optional<String> changelog() {
        return Optional.empty();
    }
}
