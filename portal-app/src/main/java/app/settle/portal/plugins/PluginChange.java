package app.settle.portal.plugins;

/**
 * The outcome of installing, upgrading or uninstalling a plugin, as the administrator is told it.
 *
 * @param succeeded whether the change took effect
 * @param message   what happened, in words for an administrator (why, when it did not)
 * @param status    the plugin's state afterwards; null once it is uninstalled
 */
public record PluginChange(boolean succeeded, String message, PluginStatus status) {
}
