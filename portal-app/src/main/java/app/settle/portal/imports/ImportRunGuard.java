package app.settle.portal.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Lets an import start only for a file that validated cleanly and has not changed since (same SHA-256), and
 * only once at a time per file on this node, so two administrators cannot run the same batch twice at once.
 */
@Component
class ImportRunGuard {

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    <T> T exclusively(Path file, ValidationReport report, Function<String, T> work) {
        if (report.fileError() != null) {
            throw new IllegalArgumentException("A file with a file error cannot be imported: " + report.fileError());
        }
        String sha256;
        try {
            sha256 = ImportFile.sha256(file);
        } catch (IOException e) {
            throw new ImportFailedException("The uploaded file can no longer be read: " + e.getMessage(), e);
        }
        if (!sha256.equals(report.sha256())) {
            throw new ImportFailedException("The file changed since it was validated; validate it again");
        }
        String key = report.kind() + ":" + sha256;
        if (!running.add(key)) {
            throw new ImportFailedException("This file is being imported right now");
        }
        try {
            return work.apply(sha256);
        } finally {
            running.remove(key);
        }
    }
}
