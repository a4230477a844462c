package app.settle.portal.plugins;

import app.settle.portal.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Jars an administrator might upload that a vendor's build would never produce: copies of a test plugin's jar
 * with entries left out, extra entries with hostile names, or a changed manifest. Written to a folder of the
 * test work directory, outside any plugins folder.
 */
final class UploadJars {

    private UploadJars() {
    }

    static Path folder() {
        try {
            return Files.createDirectories(TestDatabase.workDir().resolve("upload-jars"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code jar} under {@code name} without the entries {@code leaveOut} matches. */
    static Path without(Path jar, String name, Predicate<String> leaveOut) {
        return rewrite(jar, name, leaveOut, Map.of(), Map.of());
    }

    /** A copy of {@code jar} under {@code name} with extra entries (name → text), written as they are named. */
    static Path withEntries(Path jar, String name, Map<String, String> extra) {
        return rewrite(jar, name, entry -> false, extra, Map.of());
    }

    /** A copy of {@code jar} under {@code name} whose manifest attributes are changed (an empty value removes one). */
    static Path withManifest(Path jar, String name, Map<String, String> attributes) {
        return rewrite(jar, name, entry -> false, Map.of(), attributes);
    }

    /** A file that starts like a zip archive but is not one. */
    static Path corrupt(String name) {
        try {
            Path file = folder().resolve(name);
            Files.write(file, "PK\u0003\u0004 truncated, not really a zip archive".getBytes(StandardCharsets.ISO_8859_1));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path rewrite(Path jar, String name, Predicate<String> leaveOut, Map<String, String> extra,
                                Map<String, String> attributes) {
        Path target = folder().resolve(name);
        try (JarFile source = new JarFile(jar.toFile());
             OutputStream out = Files.newOutputStream(target);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            Manifest manifest = new Manifest(source.getManifest());
            Attributes main = manifest.getMainAttributes();
            attributes.forEach((key, value) -> {
                if (value.isEmpty()) {
                    main.remove(new Attributes.Name(key));
                } else {
                    main.putValue(key, value);
                }
            });
            zip.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
            manifest.write(zip);
            zip.closeEntry();
            for (Enumeration<JarEntry> entries = source.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().equals(JarFile.MANIFEST_NAME) || leaveOut.test(entry.getName())) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            for (Map.Entry<String, String> entry : extra.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
