package app.settle.portal.plugins;

import java.util.List;

/**
 * One plugin as the plugin manager shows it.
 *
 * @param id          plugin id from its manifest (or the jar's file name when the manifest is unreadable)
 * @param version     plugin version, or "—" when unknown
 * @param provider    who made it
 * @param requires    the host API range it declares
 * @param description what it is for
 * @param state       started, disabled or failed
 * @param failure     why it failed, in words for an administrator; null unless failed
 * @param jarFile     the jar's file name in the plugins folder, or null for an install that failed (nothing
 *                    of it is installed)
 * @param views       the routes it contributes while started
 */
public record PluginStatus(String id, String version, String provider, String requires, String description,
                           PluginRunState state, String failure, String jarFile, List<String> views) {

    public PluginStatus {
        views = List.copyOf(views);
    }

    PluginStatus withState(PluginRunState newState, String reason) {
        return new PluginStatus(id, version, provider, requires, description, newState, reason, jarFile,
                newState == PluginRunState.STARTED ? views : List.of());
    }

    PluginStatus withViews(List<String> routes) {
        return new PluginStatus(id, version, provider, requires, description, state, failure, jarFile, routes);
    }
}
