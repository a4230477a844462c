package app.settle.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a benchmark's figures into {@code docs/benchmarks.md}: each benchmark owns one "## " section, which a
 * new run replaces, leaving the other sections as they were. Benchmarks also print their figures.
 */
public final class BenchmarkReport {

    private static final String HEADER = """
            # Benchmarks

            Figures written by the benchmark commands themselves (each section says how to run it again).
            Machine: the project's 2-core build machine unless a section says otherwise.
            """;

    private BenchmarkReport() {
    }

    /** Replaces (or appends) the section titled {@code title} with {@code body}. */
    public static void write(String title, String body) {
        Path file = docsFile();
        try {
            String text = Files.exists(file) ? Files.readString(file) : HEADER;
            String heading = "## " + title + "\n";
            String section = heading + "\n" + body.strip() + "\n";
            int start = text.indexOf(heading);
            if (start < 0) {
                text = text.stripTrailing() + "\n\n" + section;
            } else {
                int next = text.indexOf("\n## ", start + heading.length());
                text = text.substring(0, start) + section + (next < 0 ? "" : text.substring(next));
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            System.out.println(section);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** docs/benchmarks.md of the repository, found from the module's working directory. */
    private static Path docsFile() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Run benchmarks inside the repository");
        }
        return dir.resolve("docs").resolve("benchmarks.md");
    }
}
