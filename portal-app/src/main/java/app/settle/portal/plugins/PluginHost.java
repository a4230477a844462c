package app.settle.portal.plugins;

import app.settle.api.AuditEntry;
import app.settle.api.DashboardWidget;
import app.settle.api.CurrentUser;
import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.SettlePlugin;
import app.settle.api.ViewContribution;
import app.settle.api.PublicPage;
import app.settle.api.core.WorkspacePanel;
import app.settle.api.outreach.MessageChannel;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.events.HostEventBus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.pf4j.Plugin;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Loads, checks, migrates, starts and stops plugins, and knows each one's state for the plugin manager.
 *
 * <p>At portal start (after the host's own migration) every jar in the plugins folder goes through:
 * load (PF4J, own class loader) → host API check → unless disabled: migrate (its own changelog and history
 * table) → attach host context → start → collect and validate its views → register them. A failure at any
 * step marks only that plugin FAILED with a reason an administrator can act on; the portal and the other
 * plugins carry on. At shutdown, plugins are stopped one by one.
 */
@Service
public class PluginHost implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);
    private static final String ROUTE_PATTERN = "[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*";

    private final Path pluginsDir;
    private final PluginStateStore stateStore;
    private final PluginMigrator migrator;
    private final PluginViews views;
    private final PluginPanels panels;
    private final PluginWidgets widgets;
    private final PluginMessageChannels channels;
    private final PluginPublicPages publicPages;
    private final HostRoutes hostRoutes;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final HostEventBus events;
    private final PluginContextFactory contexts;
    private final HostApiCheck apiCheck = HostApiCheck.forThisHost();

    private final Map<String, PluginStatus> statuses = new LinkedHashMap<>();
    private HostPluginManager manager;

    PluginHost(PluginHostProperties properties, PluginStateStore stateStore, PluginMigrator migrator,
               PluginViews views, PluginPanels panels, PluginWidgets widgets, HostRoutes hostRoutes,
               PluginContextFactory contexts) {
        this.pluginsDir = properties.dir().toAbsolutePath().normalize();
        this.stateStore = stateStore;
        this.migrator = migrator;
        this.views = views;
        this.panels = panels;
        this.widgets = widgets;
        this.channels = contexts.messageChannels();
        this.publicPages = contexts.publicPages();
        this.hostRoutes = hostRoutes;
        this.contexts = contexts;
        this.audit = contexts.auditTrail();
        this.currentUser = contexts.currentUser();
        this.events = contexts.events();
    }

    @Override
    public void afterSingletonsInstantiated() {
        startAll();
    }

    synchronized void startAll() {
        try {
            Files.createDirectories(pluginsDir);
        } catch (IOException e) {
            log.error("Cannot create the plugins folder {}: no plugins will load", pluginsDir, e);
            return;
        }
        manager = new HostPluginManager(pluginsDir, stateStore);
        for (Path jar : jarsIn(pluginsDir)) {
            load(jar).ifPresent(this::activateIfEnabled);
        }
        log.info("Plugins from {}: {}", pluginsDir, statuses.values().stream()
                .map(s -> s.id() + "=" + s.state()).toList());
    }

    /** The plugins folder this host reads. */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /** Every plugin the host found, in load order. */
    public synchronized List<PluginStatus> statuses() {
        return statuses.values().stream().sorted(Comparator.comparing(PluginStatus::id)).toList();
    }

    public synchronized Optional<PluginStatus> status(String pluginId) {
        return Optional.ofNullable(statuses.get(pluginId));
    }

    /**
     * Switches a plugin off for good (until enabled again): withdraws its views, stops it, and stores the
     * choice. Writes an audit row.
     */
    public synchronized PluginStatus disable(String pluginId) {
        String actor = requireAdmin();
        PluginStatus status = requireKnown(pluginId);
        if (status.state() == PluginRunState.DISABLED) {
            return status;
        }
        stateStore.setEnabled(pluginId, false, actor);
        if (manager.getPlugin(pluginId) != null) {
            deactivate(pluginId);
            manager.disablePlugin(pluginId);
        }
        PluginStatus updated = put(status.withState(PluginRunState.DISABLED, null));
        audit.record(actor, "host", new AuditEntry("PLUGIN_DISABLED", "plugin", pluginId,
                "{\"state\":\"" + status.state() + "\"}", "{\"state\":\"DISABLED\"}"));
        return updated;
    }

    /**
     * Switches a disabled or failed plugin on: migrates and starts it now, and stores the choice. Writes an
     * audit row. Returns the resulting status, which says FAILED and why if it could not start.
     */
    public synchronized PluginStatus enable(String pluginId) {
        String actor = requireAdmin();
        PluginStatus status = requireKnown(pluginId);
        if (status.state() == PluginRunState.STARTED) {
            return status;
        }
        stateStore.setEnabled(pluginId, true, actor);
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        PluginStatus result;
        if (wrapper == null) {
            result = status;
        } else {
            if (wrapper.getPluginState() == PluginState.DISABLED) {
                manager.enablePlugin(pluginId);
            }
            result = activate(wrapper);
        }
        audit.record(actor, "host", new AuditEntry("PLUGIN_ENABLED", "plugin", pluginId,
                "{\"state\":\"" + status.state() + "\"}", "{\"state\":\"" + result.state() + "\"}"));
        return result;
    }

    /** A plugin's view threw while being built: logged and shown on the plugin manager page. */
    void reportViewFailure(String pluginId, String route, Throwable error) {
        log.error("View {} of plugin {} failed", route, pluginId, error);
        synchronized (this) {
            PluginStatus status = statuses.get(pluginId);
            if (status != null && status.state() == PluginRunState.STARTED) {
                put(new PluginStatus(status.id(), status.version(), status.provider(), status.requires(),
                        status.description(), status.state(), "View " + route + " failed: " + describe(error),
                        status.jarFile(), status.views()));
            }
        }
    }

    @Override
    public synchronized void destroy() {
        if (manager == null) {
            return;
        }
        // One by one from a copy: PF4J's stopPlugins() can fail with a ConcurrentModificationException.
        for (PluginWrapper wrapper : new ArrayList<>(manager.getStartedPlugins())) {
            deactivate(wrapper.getPluginId());
        }
        for (PluginWrapper wrapper : new ArrayList<>(manager.getPlugins())) {
            try {
                manager.unloadPlugin(wrapper.getPluginId());
            } catch (RuntimeException e) {
                log.warn("Plugin {} did not unload cleanly: {}", wrapper.getPluginId(), e.getMessage());
            }
        }
    }

    private Optional<PluginWrapper> load(Path jar) {
        String fileName = jar.getFileName().toString();
        String pluginId;
        try {
            pluginId = manager.loadPlugin(jar);
        } catch (RuntimeException | LinkageError e) {
            String id = fileName.replaceFirst("\\.jar$", "");
            put(new PluginStatus(id, "—", "—", "—", "", PluginRunState.FAILED,
                    "Could not load " + fileName + ": " + describe(e), fileName, List.of()));
            log.error("Plugin jar {} could not be loaded", jar, e);
            return Optional.empty();
        }
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        PluginDescriptor d = wrapper.getDescriptor();
        PluginStatus status = new PluginStatus(d.getPluginId(), d.getVersion(), orDash(d.getProvider()),
                orDash(d.getRequires()), d.getPluginDescription() == null ? "" : d.getPluginDescription(),
                PluginRunState.DISABLED, null, fileName, List.of());
        String apiProblem = apiCheck.problemWith(d);
        if (apiProblem != null) {
            put(status.withState(PluginRunState.FAILED, apiProblem));
            manager.unloadPlugin(pluginId);
            log.error("Plugin {} refused: {}", pluginId, apiProblem);
            return Optional.empty();
        }
        put(status);
        return Optional.of(wrapper);
    }

    private void activateIfEnabled(PluginWrapper wrapper) {
        if (stateStore.isPluginDisabled(wrapper.getPluginId())) {
            put(statuses.get(wrapper.getPluginId()).withState(PluginRunState.DISABLED, null));
            return;
        }
        activate(wrapper);
    }

    private PluginStatus activate(PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        PluginStatus status = statuses.get(id);
        SettlePlugin plugin;
        try {
            Plugin instance = wrapper.getPlugin();
            if (!(instance instanceof SettlePlugin settlePlugin)) {
                return fail(wrapper, "Its Plugin-Class " + wrapper.getDescriptor().getPluginClass()
                        + " does not extend app.settle.api.SettlePlugin.");
            }
            plugin = settlePlugin;
        } catch (RuntimeException | LinkageError e) {
            return fail(wrapper, "Its plugin class could not be created: " + describe(e));
        }
        try {
            Optional<String> changelog = plugin.changelog();
            if (changelog.isPresent()) {
                migrator.migrate(id, wrapper.getPluginClassLoader(), changelog.get());
            }
        } catch (Exception | LinkageError e) {
            return fail(wrapper, "Its database migration failed: " + describe(e));
        }
        HostContext context = contexts.create(id);
        plugin.attach(context);
        PluginState started = manager.startPlugin(id);
        if (started != PluginState.STARTED) {
            Throwable cause = wrapper.getFailedException();
            events.unsubscribeAll(id);
            return fail(wrapper, "It failed to start: " + (cause == null ? "state " + started : describe(cause)));
        }
        List<String> routes;
        try {
            routes = registerExtensions(id, context);
        } catch (RuntimeException | LinkageError e) {
            deactivate(id);
            return fail(wrapper, describe(e));
        }
        return put(status.withState(PluginRunState.STARTED, null).withViews(routes));
    }

    private List<String> registerExtensions(String pluginId, HostContext context) {
        List<ViewContribution> contributions = manager.getExtensions(ViewContribution.class, pluginId);
        Map<String, PluginViews.RegisteredView> checked = new LinkedHashMap<>();
        for (ViewContribution contribution : contributions) {
            String route = contribution.route();
            String where = "Its view " + contribution.getClass().getName();
            if (route == null || !route.matches(ROUTE_PATTERN)) {
                throw new IllegalStateException(where + " has route '" + route
                        + "': use lower-case letters, digits, '-' and '/'.");
            }
            if (hostRoutes.isTaken(route) || views.isTaken(route) || checked.containsKey(route)) {
                throw new IllegalStateException(where + " wants route '" + route + "', which is already taken.");
            }
            if (contribution.title() == null || contribution.title().isBlank()) {
                throw new IllegalStateException(where + " has no title.");
            }
            Set<Role> roles = contribution.allowedRoles();
            if (roles == null || roles.isEmpty()) {
                throw new IllegalStateException(where + " allows no role: name at least one.");
            }
            checked.put(route, new PluginViews.RegisteredView(pluginId, contribution, context,
                    EnumSet.copyOf(roles)));
        }
        checked.forEach(views::add);
        for (WorkspacePanel panel : manager.getExtensions(WorkspacePanel.class, pluginId)) {
            if (panel.title() == null || panel.title().isBlank() || panel.allowedRoles() == null
                    || panel.allowedRoles().isEmpty()) {
                throw new IllegalStateException("Its workspace panel " + panel.getClass().getName()
                        + " needs a title and at least one role.");
            }
            panels.add(pluginId, panel, context);
        }
        for (DashboardWidget widget : manager.getExtensions(DashboardWidget.class, pluginId)) {
            if (widget.title() == null || widget.title().isBlank() || widget.allowedRoles() == null
                    || widget.allowedRoles().isEmpty()) {
                throw new IllegalStateException("Its dashboard widget " + widget.getClass().getName()
                        + " needs a title and at least one role.");
            }
            widgets.add(pluginId, widget, context);
        }
        for (MessageChannel channel : manager.getExtensions(MessageChannel.class, pluginId)) {
            if (channel.channel() == null || channel.name() == null || channel.name().isBlank()) {
                throw new IllegalStateException("Its message channel " + channel.getClass().getName()
                        + " needs a kind of contact and a name.");
            }
            channels.add(pluginId, channel, context);
        }
        for (PublicPage page : manager.getExtensions(PublicPage.class, pluginId)) {
            publicPages.add(pluginId, page, context);
        }
        return List.copyOf(checked.keySet());
    }

    private void deactivate(String pluginId) {
        views.removeAllOf(pluginId);
        panels.removeAllOf(pluginId);
        widgets.removeAllOf(pluginId);
        channels.removeAllOf(pluginId);
        publicPages.removeAllOf(pluginId);
        try {
            if (manager.getPlugin(pluginId).getPluginState() == PluginState.STARTED) {
                manager.stopPlugin(pluginId);
            }
        } catch (RuntimeException | LinkageError e) {
            log.warn("Plugin {} failed while stopping: {}", pluginId, e.toString());
        } finally {
            events.unsubscribeAll(pluginId);
        }
    }

    private PluginStatus fail(PluginWrapper wrapper, String reason) {
        log.error("Plugin {} FAILED: {}", wrapper.getPluginId(), reason);
        return put(statuses.get(wrapper.getPluginId()).withState(PluginRunState.FAILED, reason));
    }

    private PluginStatus put(PluginStatus status) {
        statuses.put(status.id(), status);
        return status;
    }

    private PluginStatus requireKnown(String pluginId) {
        PluginStatus status = statuses.get(pluginId);
        if (status == null) {
            throw new IllegalArgumentException("No plugin with id " + pluginId);
        }
        return status;
    }

    private String requireAdmin() {
        if (!currentUser.hasRole(Role.ADMIN)) {
            throw new SecurityException("Only administrators may enable or disable plugins.");
        }
        return currentUser.require().username();
    }

    private static List<Path> jarsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            log.error("Cannot list the plugins folder {}", dir, e);
            return List.of();
        }
    }

    static String describe(Throwable error) {
        Throwable root = error;
        StringBuilder text = new StringBuilder();
        while (root != null) {
            String message = root.getMessage();
            String part = root.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
            if (text.length() > 0) {
                text.append(" ← ");
            }
            text.append(part);
            if (root.getCause() == root) {
                break;
            }
            root = root.getCause();
            if (text.length() > 600) {
                text.append(" …");
                break;
            }
        }
        return text.toString();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
