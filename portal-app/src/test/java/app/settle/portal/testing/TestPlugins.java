package app.settle.portal.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds plugin jars for tests the way a vendor would: compiles the sources under
 * {@code src/test/plugins/<name>/java} against the host's class path (plugin-api, PF4J, Vaadin, jOOQ: the
 * provided libraries), with PF4J's annotation processor writing {@code META-INF/extensions.idx}, adds
 * {@code resources/}, and writes the PF4J manifest from {@code plugin.properties}. The plugin's classes are
 * only in the jar, never on the test class path, so they load through the plugin's own class loader.
 */
public final class TestPlugins {

    private static final Map<String, Path> built = new ConcurrentHashMap<>();
    private static final Map<String, Path> builtApiOnly = new ConcurrentHashMap<>();

    /**
     * Class path entries a vendor outside this repository compiles against: the plugin-api jar and the
     * libraries it declares (PF4J, Vaadin with what its API signatures name, jOOQ, SLF4J), nothing of the portal.
     */
    private static final List<String> API_ONLY_LIBRARIES = List.of("/org/pf4j/", "/com/vaadin/", "/org/jooq/",
            "/org/slf4j/", "/org/jspecify/", "/tools/jackson/", "/com/fasterxml/jackson/", "/jakarta/",
            "/org/reactivestreams/", "/io/r2dbc/");

    private TestPlugins() {
    }

    /** The jar of one test plugin, built once per test JVM. */
    public static Path jar(String name) {
        return built.computeIfAbsent(name, n -> build(n, hostClassPath(), "host"));
    }

    /**
     * The jar of one test plugin compiled the way a vendor outside this repository builds it: against the
     * plugin-api jar and its declared libraries only (see {@link #API_ONLY_LIBRARIES}), never the portal's
     * classes or Spring. Built once per test JVM.
     */
    public static Path apiOnlyJar(String name) {
        return builtApiOnly.computeIfAbsent(name, n -> build(n, apiOnlyClassPath(), "api-only"));
    }

    /** Copies test plugin jars into a plugins folder (created if needed) and returns the folder. */
    public static Path folderWith(Path folder, String... names) {
        try {
            Files.createDirectories(folder);
            for (String name : names) {
                Files.copy(jar(name), folder.resolve(name + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The jar of a plugin that ships with Settle, as its own Maven module built it:
     * {@code plugins/<id>/target/<id>-<version>.jar}. The reactor builds {@code plugins/} before
     * {@code portal-app}; a partial build must name the module ({@code -pl plugins/<id>,portal-app -am}).
     */
    public static Path shipped(String id) {
        Path target = shippedPluginsRoot().resolve(id).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(id + "-") && name.endsWith(".jar") && !name.endsWith("-sources.jar")
                                && !name.endsWith("-javadoc.jar") && !name.endsWith("-tests.jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The shipped plugin '" + id + "' is not built: no jar in "
                            + target + ". Build it first (./mvnw package -pl plugins/" + id + " -am)."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the jars of shipped plugins into a plugins folder (created if needed) and returns the folder. */
    public static Path folderWithShipped(Path folder, String... ids) {
        try {
            Files.createDirectories(folder);
            for (String id : ids) {
                Files.copy(shipped(id), folder.resolve(id + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file named like a plugin jar whose bytes are not a zip archive. */
    public static Path corruptJar(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Path jar = folder.resolve(name + ".jar");
            Files.write(jar, "PK\u0003\u0004 this is not really a zip archive".getBytes(StandardCharsets.ISO_8859_1));
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build(String name, String classPath, String flavour) {
        Path source = sourcesRoot().resolve(name);
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("No test plugin sources at " + source);
        }
        Path work = TestDatabase.workDir().resolve("plugin-build").resolve(flavour).resolve(name);
        try {
            deleteTree(work);
            Path classes = Files.createDirectories(work.resolve("classes"));
            compile(source.resolve("java"), classes, classPath);
            Path resources = source.resolve("resources");
            if (Files.isDirectory(resources)) {
                copyTree(resources, classes);
            }
            Path jar = work.resolve(name + ".jar");
            writeJar(classes, manifest(source.resolve("plugin.properties")), jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build test plugin " + name, e);
        }
    }

    private static void compile(Path javaSources, Path classes, String classPath) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("Tests need a JDK (javac), not a JRE");
        }
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath,
                "-proc:full", "-encoding", "UTF-8", "-nowarn", "--release", "21"));
        try (Stream<Path> files = Files.walk(javaSources)) {
            files.filter(path -> path.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
        }
        int result = compiler.run(null, System.out, System.err, args.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("Test plugin sources in " + javaSources + " do not compile");
        }
    }

    private static Manifest manifest(Path properties) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            p.load(in);
        }
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (String key : p.stringPropertyNames()) {
            attributes.putValue(key, p.getProperty(key));
        }
        return manifest;
    }

    private static void writeJar(Path classes, Manifest manifest, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
             JarOutputStream zip = new JarOutputStream(out, manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String entry = classes.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new JarEntry(entry));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    private static String hostClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static String apiOnlyClassPath() {
        List<String> entries = new ArrayList<>();
        entries.add(pluginApiJar().toString());
        for (String entry : hostClassPath().split(java.io.File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            if (API_ONLY_LIBRARIES.stream().anyMatch(path::contains) && path.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** The plugin-api jar as built (target/plugin-api-*.jar), or its classes folder when no jar is built yet. */
    private static Path pluginApiJar() {
        try {
            Path location = Path.of(app.settle.api.HostApi.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            if (Files.isRegularFile(location)) {
                return location;
            }
            try (Stream<Path> files = Files.list(location.getParent())) {
                return files.filter(file -> {
                    String name = file.getFileName().toString();
                    return name.startsWith("plugin-api-") && name.endsWith(".jar") && !name.endsWith("-sources.jar")
                            && !name.endsWith("-javadoc.jar");
                }).findFirst().orElse(location);
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the plugin-api jar", e);
        }
    }

    private static Path shippedPluginsRoot() {
        String configured = System.getProperty("settle.shipped.plugins.dir");
        return Path.of(configured == null ? "../plugins" : configured).toAbsolutePath().normalize();
    }

    private static Path sourcesRoot() {
        String configured = System.getProperty("settle.test.plugins.src");
        return Path.of(configured == null ? "src/test/plugins" : configured).toAbsolutePath();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
