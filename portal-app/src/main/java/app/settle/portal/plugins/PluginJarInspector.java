package app.settle.portal.plugins;

import app.settle.portal.plugins.PluginVerdict.Check;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Checks an uploaded plugin jar from its bytes alone: nothing in it is loaded or run, and it is not in the
 * plugins folder while this runs. Checks: size limit, a readable zip archive, the PF4J manifest, id and
 * version syntax, the host API range, archive entries that would land outside the plugin's own folder, the
 * plugin class, every class its class files refer to (in the jar itself, or in the plugin API, the JDK or a
 * library the portal provides), Vaadin frontend code the portal's fixed bundle cannot serve, and, when a
 * plugin with the same id is installed, that the upload is a newer version.
 */
final class PluginJarInspector {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 40;
    static final Pattern SEMANTIC_VERSION = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
    static final List<String> REQUIRED_ATTRIBUTES = List.of("Plugin-Id", "Plugin-Version", "Plugin-Class",
            "Plugin-Provider");

    /** Packages a plugin may use besides its own: the plugin API, the JDK and the libraries the host provides. */
    static final List<String> PROVIDED_PACKAGES = List.of("app.settle.api.", "java.", "javax.", "jakarta.",
            "org.pf4j.", "com.vaadin.", "org.jooq.", "org.slf4j.", "org.jspecify.", "org.springframework.");

    /** Vaadin annotations that need frontend code built into the bundle; the portal's bundle is fixed. */
    static final List<String> FRONTEND_ANNOTATIONS = List.of("com.vaadin.flow.component.dependency.JsModule",
            "com.vaadin.flow.component.dependency.JsModule$Container",
            "com.vaadin.flow.component.dependency.NpmPackage",
            "com.vaadin.flow.component.dependency.NpmPackage$Container",
            "com.vaadin.flow.component.dependency.CssImport",
            "com.vaadin.flow.component.dependency.CssImport$Container",
            "com.vaadin.flow.component.dependency.JavaScript",
            "com.vaadin.flow.component.dependency.JavaScript$Container");

    private static final long MAX_CLASS_BYTES = 8L * 1024 * 1024;
    private static final int SHOWN = 5;

    private final Path pluginsDir;
    private final long maxBytes;
    private final HostApiCheck apiCheck;
    private final ClassLoader hostClasses;
    private final VersionManager versions = new DefaultVersionManager();

    /**
     * @param pluginsDir  the folder plugins are installed to (entries are checked against a folder in it)
     * @param maxBytes    the largest jar accepted
     * @param apiCheck    the host API range check
     * @param hostClasses where the provided libraries are looked up (the host's class loader)
     */
    PluginJarInspector(Path pluginsDir, long maxBytes, HostApiCheck apiCheck, ClassLoader hostClasses) {
        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.apiCheck = apiCheck;
        this.hostClasses = hostClasses;
    }

    /**
     * @param jar              the uploaded file, outside the plugins folder
     * @param fileName         its name as uploaded
     * @param installedVersion the installed version of a plugin id, if any
     */
    PluginVerdict inspect(Path jar, String fileName, Function<String, Optional<String>> installedVersion) {
        List<Check> checks = new ArrayList<>();
        long bytes;
        try {
            bytes = Files.size(jar);
        } catch (IOException e) {
            checks.add(new Check("File", false, "The uploaded file could not be read: " + e.getMessage()));
            return new PluginVerdict(fileName, 0, null, null, null, null, null, checks);
        }
        checks.add(bytes <= maxBytes
                ? new Check("Size", true, size(bytes) + ", within the " + size(maxBytes) + " limit.")
                : new Check("Size", false, size(bytes) + " is over the " + size(maxBytes) + " limit."));
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            checks.add(new Check("File type", false, "A plugin is a .jar file; " + fileName + " is not."));
        }
        try (JarFile archive = new JarFile(jar.toFile(), false)) {
            return inspectArchive(archive, fileName, bytes, checks, installedVersion);
        } catch (ZipException e) {
            checks.add(new Check("Archive", false, "The file is not a valid jar (zip) archive: " + e.getMessage()
                    + ". Nothing else could be checked."));
        } catch (IOException | RuntimeException e) {
            checks.add(new Check("Archive", false, "The jar could not be read: " + PluginHost.describe(e)
                    + ". Nothing else could be checked."));
        }
        return new PluginVerdict(fileName, bytes, null, null, null, null, null, checks);
    }

    private PluginVerdict inspectArchive(JarFile archive, String fileName, long size, List<Check> checks,
                                         Function<String, Optional<String>> installedVersion) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = archive.entries(); e.hasMoreElements(); ) {
            entries.add(e.nextElement());
        }
        checks.add(new Check("Archive", true, "A readable jar with " + entries.size() + " entries."));
        Manifest manifest = archive.getManifest();
        Attributes attributes = manifest == null ? new Attributes() : manifest.getMainAttributes();
        String id = attribute(attributes, "Plugin-Id");
        String version = attribute(attributes, "Plugin-Version");
        String requires = attribute(attributes, "Plugin-Requires");
        String pluginClass = attribute(attributes, "Plugin-Class");
        String provider = attribute(attributes, "Plugin-Provider");

        checks.add(manifestCheck(manifest, attributes));
        checks.add(idCheck(id));
        checks.add(versionCheck(version));
        checks.add(requiresCheck(requires));
        checks.add(entriesCheck(entries, id));

        Set<String> ownClasses = new HashSet<>();
        for (ZipEntry entry : entries) {
            className(entry.getName()).ifPresent(ownClasses::add);
        }
        checks.add(pluginClassCheck(pluginClass, ownClasses));
        checks.addAll(referenceChecks(archive, entries, ownClasses));
        Optional<String> installed = id == null ? Optional.empty() : installedVersion.apply(id);
        installed.ifPresent(current -> checks.add(newerCheck(version, current)));
        return new PluginVerdict(fileName, size, id, version, provider, requires, installed.orElse(null), checks);
    }

    private static Check manifestCheck(Manifest manifest, Attributes attributes) {
        if (manifest == null) {
            return new Check("Manifest", false, "The jar has no META-INF/MANIFEST.MF: it is not a plugin.");
        }
        List<String> missing = REQUIRED_ATTRIBUTES.stream().filter(name -> attribute(attributes, name) == null)
                .toList();
        return missing.isEmpty()
                ? new Check("Manifest", true, "Plugin-Id, Plugin-Version, Plugin-Class and Plugin-Provider are set.")
                : new Check("Manifest", false, "The manifest lacks " + String.join(", ", missing) + ".");
    }

    private static Check idCheck(String id) {
        if (id == null) {
            return new Check("Plugin id", false, "No Plugin-Id.");
        }
        boolean valid = id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
        return valid
                ? new Check("Plugin id", true, "'" + id + "' is a valid id.")
                : new Check("Plugin id", false, "'" + id + "' is not a valid id: use lower-case letters, digits and"
                        + " single hyphens, starting with a letter, at most " + MAX_ID_LENGTH + " characters.");
    }

    private static Check versionCheck(String version) {
        if (version == null) {
            return new Check("Version", false, "No Plugin-Version.");
        }
        return SEMANTIC_VERSION.matcher(version).matches()
                ? new Check("Version", true, version + " is a semantic version.")
                : new Check("Version", false, "'" + version + "' is not a semantic version (major.minor.patch, "
                        + "for example 1.4.0).");
    }

    private Check requiresCheck(String requires) {
        String problem = apiCheck.problemWithRange(requires);
        return problem == null
                ? new Check("Host API", true, "Needs host API " + requires + "; this portal provides "
                        + apiCheck.hostVersion() + ".")
                : new Check("Host API", false, problem);
    }

    /**
     * Each entry, resolved against the folder the plugin would get, must stay in it: no absolute names, no
     * {@code ..} segments, and no way into a sibling folder whose name merely starts like the plugin's
     * (compared per path element, not as text).
     */
    private Check entriesCheck(List<ZipEntry> entries, String id) {
        Path home = pluginsDir.resolve(id != null && ID.matcher(id).matches() ? id : "plugin");
        List<String> escaping = new ArrayList<>();
        for (ZipEntry entry : entries) {
            String name = entry.getName().replace('\\', '/');
            String problem;
            if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
                problem = "is an absolute path";
            } else if (List.of(name.split("/")).contains("..")) {
                Path target = home.resolve(name).normalize();
                problem = target.startsWith(home) ? "contains '..'" : "would land in " + describeOutside(target);
            } else if (name.indexOf('\0') >= 0) {
                problem = "contains a NUL character";
            } else {
                problem = null;
            }
            if (problem != null) {
                escaping.add("'" + entry.getName() + "' " + problem);
            }
        }
        if (escaping.isEmpty()) {
            return new Check("Archive entries", true, "All entries stay inside the plugin's folder.");
        }
        return new Check("Archive entries", false, escaping.size() + (escaping.size() == 1 ? " entry" : " entries")
                + " would escape the plugin's folder: " + shortList(escaping) + ".");
    }

    private String describeOutside(Path target) {
        Path parent = target.getParent();
        if (parent != null && parent.getParent() != null && parent.getParent().equals(pluginsDir)) {
            return "the sibling folder " + parent.getFileName() + " outside the plugin's own folder";
        }
        return target.startsWith(pluginsDir) ? "the plugins folder itself" : "a folder outside the plugins folder";
    }

    private static Check pluginClassCheck(String pluginClass, Set<String> ownClasses) {
        if (pluginClass == null) {
            return new Check("Plugin class", false, "No Plugin-Class.");
        }
        return ownClasses.contains(pluginClass)
                ? new Check("Plugin class", true, pluginClass + " is in the jar.")
                : new Check("Plugin class", false, "Plugin-Class " + pluginClass + " is not in the jar.");
    }

    private List<Check> referenceChecks(JarFile archive, List<ZipEntry> entries, Set<String> ownClasses) {
        TreeMap<String, String> unavailable = new TreeMap<>();
        Set<String> frontend = new TreeSet<>();
        Set<String> bundledVaadin = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        for (ZipEntry entry : entries) {
            Optional<String> own = className(entry.getName());
            if (own.isEmpty()) {
                continue;
            }
            if (own.get().startsWith("com.vaadin.")) {
                bundledVaadin.add(own.get());
            }
            Set<String> references;
            try {
                references = ClassFileReferences.of(read(archive, entry));
            } catch (IOException | RuntimeException e) {
                unreadable.add(entry.getName() + " (" + e.getMessage() + ")");
                continue;
            }
            for (String reference : references) {
                if (FRONTEND_ANNOTATIONS.contains(reference)) {
                    frontend.add(own.get() + " uses @" + reference.substring(reference.lastIndexOf('.') + 1)
                            .replace("$Container", ""));
                }
                if (!ownClasses.contains(reference)) {
                    whyUnavailable(reference).ifPresent(why -> unavailable.putIfAbsent(reference, why));
                }
            }
        }
        List<Check> checks = new ArrayList<>();
        if (!unreadable.isEmpty()) {
            checks.add(new Check("Class files", false, "Not valid class files: " + shortList(unreadable) + "."));
        }
        if (unavailable.isEmpty()) {
            checks.add(new Check("Referenced classes", true, "Every class it refers to is in the jar, the plugin "
                    + "API, the JDK or a library the portal provides."));
        } else {
            List<String> named = unavailable.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .toList();
            checks.add(new Check("Referenced classes", false, unavailable.size()
                    + (unavailable.size() == 1 ? " class it refers to is" : " classes it refers to are")
                    + " not available to plugins: " + shortList(named) + "."));
        }
        if (frontend.isEmpty() && bundledVaadin.isEmpty()) {
            checks.add(new Check("Vaadin components", true, "No frontend code of its own: its views use the "
                    + "components in the portal's bundle."));
        } else {
            List<String> problems = new ArrayList<>(frontend);
            if (!bundledVaadin.isEmpty()) {
                problems.add(0, "it carries Vaadin classes of its own, e.g. " + bundledVaadin.iterator().next());
            }
            checks.add(new Check("Vaadin components", false, "Needs frontend code outside the portal's fixed "
                    + "Vaadin bundle: " + shortList(problems) + "."));
        }
        return checks;
    }

    /** Why a class outside the jar cannot be used, or empty when the host provides it. */
    private Optional<String> whyUnavailable(String className) {
        boolean provided = PROVIDED_PACKAGES.stream().anyMatch(className::startsWith);
        boolean present = hostClasses.getResource(className.replace('.', '/') + ".class") != null;
        if (provided && present) {
            return Optional.empty();
        }
        if (provided) {
            return Optional.of("missing: not in the jar and not in this portal's libraries");
        }
        if (className.startsWith("app.settle.")) {
            return Optional.of("portal internals, not part of the plugin API");
        }
        return Optional.of(present ? "a library the portal does not provide to plugins" : "missing");
    }

    private Check newerCheck(String version, String installed) {
        if (version == null || !SEMANTIC_VERSION.matcher(version).matches()) {
            return new Check("Upgrade", false, "Version " + installed + " is installed; the upload's version cannot "
                    + "be compared with it.");
        }
        int order = versions.compareVersions(version, installed);
        if (order > 0) {
            return new Check("Upgrade", true, "Replaces the installed " + installed + " with " + version + ".");
        }
        return order == 0
                ? new Check("Upgrade", false, "Version " + version + " is already installed.")
                : new Check("Upgrade", false, version + " is older than the installed " + installed
                        + ": downgrades are refused.");
    }

    private static byte[] read(JarFile archive, ZipEntry entry) throws IOException {
        try (InputStream in = archive.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_CLASS_BYTES + 1);
            if (bytes.length > MAX_CLASS_BYTES) {
                throw new IOException("larger than " + size(MAX_CLASS_BYTES));
            }
            return bytes;
        }
    }

    /** The binary class name of a class file entry (multi-release prefixes removed), if it is one. */
    private static Optional<String> className(String entryName) {
        if (!entryName.endsWith(".class") || entryName.endsWith("module-info.class")
                || entryName.endsWith("package-info.class")) {
            return Optional.empty();
        }
        String name = entryName.replaceFirst("^META-INF/versions/\\d+/", "");
        return Optional.of(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
    }

    private static String attribute(Attributes attributes, String name) {
        String value = attributes.getValue(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shortList(List<String> items) {
        String shown = String.join("; ", items.subList(0, Math.min(SHOWN, items.size())));
        return items.size() > SHOWN ? shown + " and " + (items.size() - SHOWN) + " more" : shown;
    }

    /** A file size for people: bytes, KB or MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return String.format(Locale.US, "%,d bytes", bytes);
        }
        return bytes < 1024 * 1024
                ? String.format(Locale.US, "%,.1f KB", bytes / 1024.0)
                : String.format(Locale.US, "%,.1f MB", bytes / (1024.0 * 1024.0));
    }
}
