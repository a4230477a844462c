package app.settle.portal.plugins;

/** What the plugin manager page shows for a plugin. */
public enum PluginRunState {
    /** Loaded, migrated and started: its views and extensions are live. */
    STARTED("Started"),
    /** Switched off by an administrator; stays off across restarts. */
    DISABLED("Disabled"),
    /** Could not be loaded, migrated or started; the reason says why. */
    FAILED("Failed");

    private final String label;

    PluginRunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
