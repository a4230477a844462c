package app.settle.portal.plugins;

import app.settle.api.HostApi;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;

/** Checks a plugin's declared host API range ({@code Plugin-Requires}) against this host's API version. */
final class HostApiCheck {

    private final VersionManager versions = new DefaultVersionManager();
    private final String hostVersion;

    HostApiCheck(String hostVersion) {
        this.hostVersion = hostVersion;
    }

    static HostApiCheck forThisHost() {
        return new HostApiCheck(HostApi.VERSION);
    }

    String hostVersion() {
        return hostVersion;
    }

    /** Why the plugin cannot run on this host, or null when it can. */
    String problemWith(PluginDescriptor descriptor) {
        return problemWithRange(descriptor.getRequires());
    }

    /** Why a plugin declaring this {@code Plugin-Requires} range (may be null) cannot run here, or null. */
    String problemWithRange(String declared) {
        String requires = declared == null ? "" : declared.trim();
        if (requires.isEmpty() || requires.equals("*")) {
            return "The plugin does not declare which host API versions it works with (Plugin-Requires in its "
                    + "manifest, for example >=1.0.0 & <2.0.0).";
        }
        boolean satisfied;
        try {
            satisfied = versions.checkVersionConstraint(hostVersion, requires);
        } catch (RuntimeException e) {
            return "The plugin's Plugin-Requires '" + requires + "' is not a valid version range: " + e.getMessage();
        }
        if (!satisfied) {
            return "The plugin needs host API " + requires + ", but this portal provides " + hostVersion + ".";
        }
        return null;
    }
}
