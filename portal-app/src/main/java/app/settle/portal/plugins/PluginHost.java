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
import java.util.TreeSet;
import java.util.stream.Collectors;
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
import tools.jackson.databind.json.JsonMapper;

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
    private static final JsonMapper JSON = JsonMapper.builder().build();
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
    private final PluginTables tables;
    private final HostApiCheck apiCheck = HostApiCheck.forThisHost();
    private final PluginJarInspector inspector;
    private final long maxUploadBytes;

    private final Map<String, PluginStatus> statuses = new LinkedHashMap<>();
    private HostPluginManager manager;

    PluginHost(PluginHostProperties properties, PluginStateStore stateStore, PluginMigrator migrator,
               PluginViews views, PluginPanels panels, PluginWidgets widgets, HostRoutes hostRoutes,
               PluginContextFactory contexts, PluginTables tables) {
        this.pluginsDir = properties.dir().toAbsolutePath().normalize();
        this.tables = tables;
        this.maxUploadBytes = properties.maxUploadSize().toBytes();
        this.inspector = new PluginJarInspector(pluginsDir, maxUploadBytes, apiCheck, PluginHost.class.getClassLoader());
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

    /** The largest plugin jar an administrator may upload. */
    long maxUploadBytes() {
        return maxUploadBytes;
    }

    /**
     * Checks an uploaded jar without running or installing anything of it, and writes an audit row with the
     * verdict. The jar must lie outside the plugins folder.
     */
    synchronized PluginVerdict check(Path upload, String fileName) {
        String actor = requireAdmin();
        PluginVerdict verdict = inspect(upload, fileName);
        audit.record(actor, "host", new AuditEntry("PLUGIN_UPLOAD_CHECKED", "plugin", verdict.subject(), null,
                json("file", fileName, "version", verdict.version(), "accepted", verdict.accepted(),
                        "failedChecks", verdict.failures().stream().map(PluginVerdict.Check::name).toList())));
        return verdict;
    }

    /**
     * Installs an uploaded jar, or upgrades the installed plugin with its id, after checking it again (the
     * file is what gets installed, whatever was shown before). Without a restart: it is copied into the
     * plugins folder, loaded, migrated and started. If any step fails, nothing of it stays: not the jar, not
     * the tables its migration created, not its history table; an upgrade that fails puts the previous version
     * back. Writes an audit row either way.
     */
    synchronized PluginChange install(Path upload, String fileName) {
        String actor = requireAdmin();
        PluginVerdict verdict = inspect(upload, fileName);
        if (!verdict.accepted()) {
            String reason = verdict.failures().stream().map(check -> check.name() + ": " + check.detail())
                    .collect(Collectors.joining(" "));
            audit.record(actor, "host", new AuditEntry("PLUGIN_INSTALL_REFUSED", "plugin", verdict.subject(), null,
                    json("file", fileName, "reason", reason)));
            return new PluginChange(false, "Not installed: " + reason, statuses.get(verdict.id()));
        }
        return verdict.upgrade() ? upgrade(verdict, upload, actor) : installNew(verdict, upload, actor);
    }

    /**
     * Uninstalls a plugin: withdraws its views, stops and unloads it, deletes its jar and forgets its
     * enable/disable choice. With {@code purgeData} its tables and its history and lock tables are dropped too
     * ({@link #dataOf}); otherwise they stay for a later install. Writes an audit row.
     */
    synchronized PluginChange uninstall(String pluginId, boolean purgeData) {
        String actor = requireAdmin();
        PluginStatus status = requireKnown(pluginId);
        List<String> dropped = purgeData ? tables.ownedBy(pluginId, otherIds(pluginId)) : List.of();
        if (manager.getPlugin(pluginId) != null) {
            deactivate(pluginId);
            unload(pluginId);
        }
        if (status.jarFile() != null) {
            try {
                Files.deleteIfExists(pluginsDir.resolve(status.jarFile()));
            } catch (IOException e) {
                log.error("Could not delete the jar of plugin {}", pluginId, e);
                PluginStatus stuck = put(status.withState(PluginRunState.FAILED, "Stopped, but its jar "
                        + status.jarFile() + " could not be deleted: " + describe(e)));
                audit.record(actor, "host", new AuditEntry("PLUGIN_UNINSTALL_FAILED", "plugin", pluginId,
                        json("version", status.version()), json("reason", stuck.failure())));
                return new PluginChange(false, stuck.failure(), stuck);
            }
        }
        if (purgeData) {
            tables.drop(dropped);
        }
        stateStore.forget(pluginId);
        statuses.remove(pluginId);
        audit.record(actor, "host", new AuditEntry("PLUGIN_UNINSTALLED", "plugin", pluginId,
                json("version", status.version(), "state", status.state().name()),
                json("data", purgeData ? "purged" : "kept", "droppedTables", dropped)));
        String data = !purgeData ? "its data is kept for a later install."
                : dropped.isEmpty() ? "it had no data." : "its data is deleted (" + dropped.size()
                        + (dropped.size() == 1 ? " table)." : " tables).");
        return new PluginChange(true, pluginId + " is uninstalled; " + data, null);
    }

    /** The tables an uninstall with purge would drop: the plugin's own, its history and lock tables. */
    synchronized List<String> dataOf(String pluginId) {
        return tables.ownedBy(pluginId, otherIds(pluginId));
    }

    /** The class loader of a loaded plugin, or null: for diagnostics (class loader leak measurements). */
    synchronized ClassLoader classLoaderOf(String pluginId) {
        PluginWrapper wrapper = manager.getPlugin(pluginId);
        return wrapper == null ? null : wrapper.getPluginClassLoader();
    }

    private PluginChange installNew(PluginVerdict verdict, Path upload, String actor) {
        String id = verdict.id();
        Set<String> tablesBefore = tables.all();
        Path jar;
        try {
            jar = PluginJarFiles.place(upload, pluginsDir, id, verdict.version());
        } catch (IOException e) {
            log.error("Could not copy plugin {} into {}", id, pluginsDir, e);
            return installFailed(verdict, actor, "It could not be copied into the plugins folder: " + describe(e));
        }
        stateStore.setEnabled(id, true, actor);
        Optional<PluginWrapper> loaded = load(jar);
        PluginStatus result = loaded.map(this::activate).orElse(null);
        if (result != null && result.state() == PluginRunState.STARTED) {
            audit.record(actor, "host", new AuditEntry("PLUGIN_INSTALLED", "plugin", id, null,
                    json("version", verdict.version(), "file", jar.getFileName().toString(),
                            "state", result.state().name(), "views", result.views())));
            return new PluginChange(true, id + " " + verdict.version() + " is installed and started.", result);
        }
        String reason = result != null ? result.failure() : loadFailure(id, jar);
        removeHalfInstalled(id, jar, tablesBefore);
        return installFailed(verdict, actor, reason);
    }

    private PluginChange installFailed(PluginVerdict verdict, String actor, String reason) {
        PluginStatus failed = put(new PluginStatus(verdict.id(), verdict.version(), orDash(verdict.provider()),
                orDash(verdict.requires()), "", PluginRunState.FAILED, "Not installed: " + reason, null, List.of()));
        audit.record(actor, "host", new AuditEntry("PLUGIN_INSTALL_FAILED", "plugin", verdict.id(), null,
                json("version", verdict.version(), "reason", reason)));
        return new PluginChange(false, "Not installed: " + reason + " Nothing of it was kept; the portal and the "
                + "other plugins carry on.", failed);
    }

    /** Undoes a new install that failed: unloads it, deletes its jar and the tables created meanwhile. */
    private void removeHalfInstalled(String id, Path jar, Set<String> tablesBefore) {
        if (manager.getPlugin(id) != null) {
            deactivate(id);
            unload(id);
        }
        try {
            Files.deleteIfExists(jar);
        } catch (IOException e) {
            log.error("Could not delete {} after its install failed", jar, e);
        }
        Set<String> created = new TreeSet<>(tables.all());
        created.removeAll(tablesBefore);
        try {
            tables.drop(created);
        } catch (RuntimeException e) {
            log.error("Could not drop the tables {} of the failed install of {}", created, id, e);
        }
        stateStore.forget(id);
    }

    private PluginChange upgrade(PluginVerdict verdict, Path upload, String actor) {
        String id = verdict.id();
        PluginStatus previous = statuses.get(id);
        Path oldJar = pluginsDir.resolve(previous.jarFile());
        boolean enabled = !stateStore.isPluginDisabled(id);
        if (manager.getPlugin(id) != null) {
            deactivate(id);
            unload(id);
        }
        Path aside;
        Path newJar;
        try {
            aside = PluginJarFiles.setAside(oldJar);
        } catch (IOException e) {
            return upgradeFailed(verdict, previous, actor, "The installed jar could not be set aside: "
                    + describe(e), () -> reload(oldJar));
        }
        try {
            newJar = PluginJarFiles.place(upload, pluginsDir, id, verdict.version());
        } catch (IOException e) {
            return upgradeFailed(verdict, previous, actor, "It could not be copied into the plugins folder: "
                    + describe(e), () -> restore(aside, oldJar));
        }
        Optional<PluginWrapper> loaded = load(newJar);
        PluginStatus result = loaded.map(wrapper -> enabled ? activate(wrapper)
                : put(statuses.get(id).withState(PluginRunState.DISABLED, null))).orElse(null);
        if (result == null || result.state() == PluginRunState.FAILED) {
            String reason = result != null ? result.failure() : loadFailure(id, newJar);
            return upgradeFailed(verdict, previous, actor, reason, () -> {
                if (manager.getPlugin(id) != null) {
                    deactivate(id);
                    unload(id);
                }
                deleteQuietly(newJar);
                restore(aside, oldJar);
            });
        }
        deleteQuietly(aside);
        audit.record(actor, "host", new AuditEntry("PLUGIN_UPGRADED", "plugin", id,
                json("version", previous.version(), "state", previous.state().name()),
                json("version", verdict.version(), "state", result.state().name(), "views", result.views())));
        String message = id + " is upgraded from " + previous.version() + " to " + verdict.version()
                + (enabled ? " and started." : "; it stays disabled, and its new migrations run when it is enabled.");
        return new PluginChange(true, message, result);
    }

    private PluginChange upgradeFailed(PluginVerdict verdict, PluginStatus previous, String actor, String reason,
                                       Runnable putPreviousBack) {
        putPreviousBack.run();
        PluginStatus now = statuses.get(verdict.id());
        audit.record(actor, "host", new AuditEntry("PLUGIN_UPGRADE_FAILED", "plugin", verdict.id(),
                json("version", previous.version()), json("version", verdict.version(), "reason", reason)));
        return new PluginChange(false, "Not upgraded to " + verdict.version() + ": " + reason + " Version "
                + previous.version() + " is back" + (now == null ? "." : " (" + now.state().label().toLowerCase()
                + ")."), now);
    }

    private void restore(Path aside, Path jar) {
        try {
            PluginJarFiles.restore(aside, jar);
        } catch (IOException e) {
            log.error("Could not put {} back as {}", aside, jar, e);
            return;
        }
        reload(jar);
    }

    private void reload(Path jar) {
        load(jar).ifPresent(this::activateIfEnabled);
    }

    private PluginVerdict inspect(Path upload, String fileName) {
        Path file = upload.toAbsolutePath().normalize();
        if (file.startsWith(pluginsDir)) {
            throw new IllegalArgumentException("An upload must be checked outside the plugins folder.");
        }
        return inspector.inspect(file, fileName, this::installedVersion);
    }

    private Optional<String> installedVersion(String pluginId) {
        PluginStatus status = statuses.get(pluginId);
        return status == null || status.jarFile() == null || "—".equals(status.version())
                ? Optional.empty() : Optional.of(status.version());
    }

    /** Why a jar could not be loaded, taken off the list (load() lists it under its file name). */
    private String loadFailure(String pluginId, Path jar) {
        PluginStatus byFile = statuses.remove(jar.getFileName().toString().replaceFirst("\\.jar$", ""));
        PluginStatus byId = statuses.get(pluginId);
        PluginStatus failed = byFile != null ? byFile : byId;
        return failed == null || failed.failure() == null ? "It could not be loaded." : failed.failure();
    }

    private List<String> otherIds(String pluginId) {
        return statuses.keySet().stream().filter(id -> !id.equals(pluginId)).toList();
    }

    private void unload(String pluginId) {
        try {
            manager.unloadPlugin(pluginId);
        } catch (RuntimeException | LinkageError e) {
            log.warn("Plugin {} did not unload cleanly: {}", pluginId, e.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.toString());
        }
    }

    private static String json(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return JSON.writeValueAsString(fields);
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
            unload(wrapper.getPluginId());
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
            throw new SecurityException("Only administrators may install, change or remove plugins.");
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
