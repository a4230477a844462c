package app.settle.portal.plugins;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.api.ViewContribution;
import app.settle.portal.shell.MenuContributor;
import app.settle.portal.shell.ShellMenuItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * The views started plugins contribute, by route. The plugin host adds and removes them; the shell reads
 * them for the menu, {@link PluginViewHost} for navigation, and {@link PluginRouteRegistrar} keeps
 * Vaadin's route registry in step through {@link Listener}.
 */
@Component
class PluginViews implements MenuContributor {

    private final Map<String, RegisteredView> byRoute = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    record RegisteredView(String pluginId, ViewContribution contribution, HostContext context, Set<Role> roles) {
        boolean allows(UserRef user) {
            return roles.contains(user.role());
        }
    }

    interface Listener {
        void added(String route);

        void removed(String route);
    }

    void add(String route, RegisteredView view) {
        byRoute.put(route, view);
        listeners.forEach(listener -> listener.added(route));
    }

    void removeAllOf(String pluginId) {
        byRoute.entrySet().stream()
                .filter(entry -> entry.getValue().pluginId().equals(pluginId))
                .map(Map.Entry::getKey)
                .toList()
                .forEach(route -> {
                    byRoute.remove(route);
                    listeners.forEach(listener -> listener.removed(route));
                });
    }

    Optional<RegisteredView> find(String route) {
        return Optional.ofNullable(byRoute.get(route));
    }

    boolean isTaken(String route) {
        return byRoute.containsKey(route);
    }

    List<String> routes() {
        return List.copyOf(byRoute.keySet());
    }

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    @Override
    public List<ShellMenuItem> menuItemsFor(UserRef user) {
        return byRoute.entrySet().stream()
                .filter(entry -> entry.getValue().allows(user))
                .map(entry -> {
                    ViewContribution view = entry.getValue().contribution();
                    return new ShellMenuItem(entry.getKey(), view.title(), view.icon(), view.order());
                })
                .toList();
    }
}
