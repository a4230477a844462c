package app.settle.portal.plugins;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves plugin jars in and out of the plugins folder so that the folder never holds a half-copied jar: a new
 * jar is copied under a name the host does not load ({@code .part}) and then renamed; a jar being replaced is
 * set aside under a name the host does not load either ({@code .previous}) until the replacement runs.
 */
final class PluginJarFiles {

    private PluginJarFiles() {
    }

    /** Copies an uploaded (already checked) jar into the plugins folder as {@code <id>-<version>.jar}. */
    static Path place(Path staged, Path pluginsDir, String id, String version) throws IOException {
        Path target = pluginsDir.resolve(id + "-" + version + ".jar");
        Path part = pluginsDir.resolve("." + target.getFileName() + ".part");
        Files.copy(staged, part, StandardCopyOption.REPLACE_EXISTING);
        move(part, target);
        return target;
    }

    /** Renames an installed jar so that it is not loaded, keeping it to put back. */
    static Path setAside(Path jar) throws IOException {
        Path aside = jar.resolveSibling("." + jar.getFileName() + ".previous");
        move(jar, aside);
        return aside;
    }

    /** Puts a jar set aside back under its name. */
    static void restore(Path aside, Path jar) throws IOException {
        move(aside, jar);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
