package app.settle.plugins.disputes;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.plugins.disputes.DisputeTables.E;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Evidence files of disputes. A file is accepted when it is one of the {@link EvidenceType}s by content and within
 * the size limit; it is stored in the evidence folder under a name the plugin generates (a UUID: nothing the user
 * sent reaches the file system), with its size and SHA-256 in {@code disputes_evidence}. Reading a file checks,
 * at that moment, that the current user's role may and that their team scope includes the dispute's account.
 */
final class EvidenceFiles {

    private final HostContext host;
    private final DisputeStore store;

    EvidenceFiles(HostContext host) {
        this.host = host;
        this.store = new DisputeStore(host);
    }

    /** One stored file as listed under its dispute. */
    record Evidence(long id, long disputeId, EvidenceType type, String displayName, long sizeBytes, String uploadedBy,
                    Instant uploadedAt) {
    }

    /** A file's bytes for a permitted download. */
    record Download(String fileName, EvidenceType type, byte[] content) {
    }

    /** Reads at most the size limit from the stream; a longer stream is refused without reading it all. */
    static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw new DisputeRefusedException("The file is larger than the limit of " + megabytes(maxBytes)
                    + ": nothing was stored.");
        }
        return content;
    }

    Evidence add(long disputeId, String originalName, byte[] content) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.WORKERS, "add evidence");
        DisputeSettings settings = DisputeSettings.read(host.settings(), host::dataFolder);
        if (content.length > settings.evidenceMaxBytes()) {
            throw new DisputeRefusedException("The file is larger than the limit of "
                    + megabytes(settings.evidenceMaxBytes()) + ": nothing was stored.");
        }
        EvidenceType type = EvidenceType.detect(content).orElseThrow(() -> new DisputeRefusedException(
                "This file is not a " + EvidenceType.ACCEPTED + " file by its content: nothing was stored."));
        String displayName = displayName(originalName, type);
        String storedName = UUID.randomUUID().toString();
        Path folder = settings.evidenceFolder();
        Path target = folder.resolve(storedName);
        try {
            return persist(disputeId, type, displayName, storedName, folder, target, content);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /** Writes the file and its row in one transaction; the caller removes the file if anything fails. */
    private Evidence persist(long disputeId, EvidenceType type, String displayName, String storedName, Path folder,
                             Path target, byte[] content) {
        return host.data().inTransaction(dsl -> {
            Dispute dispute = store.require(dsl, disputeId);
            if (dispute.status().resolved()) {
                throw new DisputeRefusedException("This dispute is " + dispute.status().label().toLowerCase()
                        + ": evidence can no longer be added.");
            }
            write(folder, target, content);
            String user = host.currentUser().require().username();
            long id = dsl.insertInto(E.TABLE)
                    .set(E.DISPUTE_ID, disputeId)
                    .set(E.FILE_TYPE, type.name())
                    .set(E.DISPLAY_NAME, displayName)
                    .set(E.STORED_NAME, storedName)
                    .set(E.SIZE_BYTES, (long) content.length)
                    .set(E.SHA256, sha256(content))
                    .set(E.UPLOADED_BY, user)
                    .set(E.UPLOADED_AT, store.now())
                    .returning(E.ID).fetchOne(E.ID);
            host.timeline().append(dispute.accountId(), "DISPUTE", "Evidence added to dispute #" + disputeId,
                    displayName + " (" + type.name() + ", " + kilobytes(content.length) + ")");
            host.audit().record(new AuditEntry("DISPUTE_EVIDENCE_ADDED", "disputes_evidence", Long.toString(id), null,
                    JsonText.of("dispute", disputeId).with("type", type.name()).with("name", displayName)
                            .with("bytes", content.length).with("sha256", sha256(content)).toString()));
            return list(dsl, disputeId).getLast();
        });
    }

    List<Evidence> list(long disputeId) {
        return list(host.data().dsl(), disputeId);
    }

    Download open(long evidenceId) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.WORKERS, "open evidence files");
        var dsl = host.data().dsl();
        var row = dsl.select(E.DISPUTE_ID, E.FILE_TYPE, E.DISPLAY_NAME, E.STORED_NAME).from(E.TABLE)
                .where(E.ID.eq(evidenceId)).fetchOptional()
                .orElseThrow(() -> new DisputeRefusedException("This evidence file does not exist."));
        store.require(dsl, row.value1());
        Path file = DisputeSettings.read(host.settings(), host::dataFolder).evidenceFolder().resolve(row.value4());
        try {
            return new Download(row.value3(), EvidenceType.valueOf(row.value2()), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DisputeRefusedException("The stored file of " + row.value3() + " could not be read: ask an"
                    + " administrator to check the evidence folder.");
        }
    }

    private List<Evidence> list(DSLContext dsl, long disputeId) {
        store.require(dsl, disputeId);
        return dsl.select(E.ID, E.DISPUTE_ID, E.FILE_TYPE, E.DISPLAY_NAME, E.SIZE_BYTES, E.UPLOADED_BY, E.UPLOADED_AT)
                .from(E.TABLE).where(E.DISPUTE_ID.eq(disputeId)).orderBy(E.ID)
                .fetch(r -> new Evidence(r.value1(), r.value2(), EvidenceType.valueOf(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7().toInstant(ZoneOffset.UTC)));
    }

    /** The name shown for the file: the last part of what the browser sent, printable, at most 200 characters. */
    static String displayName(String originalName, EvidenceType type) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            name = "evidence" + type.extension();
        }
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    static String megabytes(long bytes) {
        return String.format("%,.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String kilobytes(long bytes) {
        return bytes < 1024 * 1024 ? String.format("%,d KB", Math.max(1, (bytes + 1023) / 1024)) : megabytes(bytes);
    }

    private static void write(Path folder, Path target, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "upload-", ".part");
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an evidence file in " + folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an orphan file without a row is never served; leave it rather than hide the original failure
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
