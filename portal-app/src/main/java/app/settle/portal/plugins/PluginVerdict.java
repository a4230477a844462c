package app.settle.portal.plugins;

import java.util.List;

/**
 * What the checks of an uploaded plugin jar found, before anything of it runs or is copied into the plugins
 * folder. Every check is listed, passed or not, so an administrator (or the vendor they forward it to) sees
 * all that needs fixing at once.
 *
 * @param fileName         the uploaded file's name
 * @param sizeBytes        its size
 * @param id               {@code Plugin-Id} from the manifest, or null when unreadable
 * @param version          {@code Plugin-Version}, or null
 * @param provider         {@code Plugin-Provider}, or null
 * @param requires         {@code Plugin-Requires}, or null
 * @param installedVersion the version of the plugin with this id that is installed now, or null when none
 * @param checks           each check in the order it ran
 */
record PluginVerdict(String fileName, long sizeBytes, String id, String version, String provider, String requires,
                     String installedVersion, List<Check> checks) {

    /**
     * One check of the upload.
     *
     * @param name   what was checked, e.g. "Archive entries"
     * @param passed whether the jar passed it
     * @param detail what was found, in words for an administrator
     */
    record Check(String name, boolean passed, String detail) {
    }

    PluginVerdict {
        checks = List.copyOf(checks);
    }

    /** True when every check passed: the jar may be installed (or replace the installed version). */
    boolean accepted() {
        return checks.stream().allMatch(Check::passed);
    }

    boolean upgrade() {
        return installedVersion != null;
    }

    List<Check> failures() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }

    /** The plugin id, or the file name while the manifest is unreadable: what the audit row is about. */
    String subject() {
        return id != null ? id : fileName;
    }

    /** One line: what the upload is and whether it can go in. */
    String headline() {
        String what = id == null ? fileName : id + " " + (version == null ? "" : version)
                + (provider == null ? "" : " by " + provider);
        if (!accepted()) {
            int failed = failures().size();
            return what.strip() + ": refused, " + failed + (failed == 1 ? " check" : " checks") + " failed.";
        }
        return what.strip() + (upgrade() ? ": can replace the installed " + installedVersion + "." : ": can be installed.");
    }
}
