package app.settle.portal.plugins;

import app.settle.api.HostContext;
import app.settle.api.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The extensions of one kind that started plugins contribute (workspace panels, Home widgets), each with its plugin
 * and host context; the plugin host adds them at start and removes a plugin's at stop, while requests read them.
 */
final class ContributedExtensions<E> {

    /** One contribution: the plugin, the extension and the context it runs with. */
    record Contribution<E>(String pluginId, E extension, HostContext context) {
    }

    private final List<Contribution<E>> contributions = new CopyOnWriteArrayList<>();
    private final Function<E, Set<Role>> roles;
    private final ToIntFunction<E> order;

    ContributedExtensions(Function<E, Set<Role>> roles, ToIntFunction<E> order) {
        this.roles = roles;
        this.order = order;
    }

    void add(String pluginId, E extension, HostContext context) {
        contributions.add(new Contribution<>(pluginId, extension, context));
    }

    void removeAllOf(String pluginId) {
        contributions.removeIf(contribution -> contribution.pluginId().equals(pluginId));
    }

    /** The contributions a role may see, in display order. */
    List<Contribution<E>> forRole(Role role) {
        return contributions.stream()
                .filter(contribution -> roles.apply(contribution.extension()).contains(role))
                .sorted(Comparator.comparingInt(contribution -> order.applyAsInt(contribution.extension())))
                .toList();
    }
}
