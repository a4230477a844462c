package app.settle.smsdemo;

import app.settle.api.compliance.Channel;
import app.settle.api.outreach.InboundReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo channel's two files. {@code outbox.txt}: one line per message, {@code <sent at>\t<key>\t<to>\t<text>}, the
 * text with backslashes, tabs and line breaks escaped. {@code inbox.txt}: replies, {@code <from>\t<text>}; taking
 * them moves the file aside ({@code inbox-<time>.done}) so that each reply is handed over once. One JVM-wide lock
 * serialises access: the files are small and this is a demo.
 */
final class SmsFiles {

    static final String OUTBOX = "outbox.txt";
    static final String INBOX = "inbox.txt";
    private static final Object LOCK = new Object();

    private final Path folder;

    SmsFiles(Path folder) {
        this.folder = folder;
    }

    /** One line of the outbox. */
    record Sent(Instant at, String key, String to, String text) {
        String line() {
            return at + "\t" + key + "\t" + to + "\t" + escape(text) + "\n";
        }
    }

    void append(Sent sent) {
        synchronized (LOCK) {
            try {
                Files.writeString(folder.resolve(OUTBOX), sent.line(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the demo SMS outbox", e);
            }
        }
    }

    Set<String> sentKeys() {
        synchronized (LOCK) {
            Set<String> keys = new HashSet<>();
            for (String line : lines(folder.resolve(OUTBOX))) {
                String[] parts = line.split("\t", 4);
                if (parts.length == 4) {
                    keys.add(parts[1]);
                }
            }
            return keys;
        }
    }

    List<InboundReply> takeReplies(Instant now) {
        synchronized (LOCK) {
            Path inbox = folder.resolve(INBOX);
            if (!Files.exists(inbox)) {
                return List.of();
            }
            try {
                Path taken = folder.resolve("inbox-" + now.toEpochMilli() + ".done");
                Files.move(inbox, taken, StandardCopyOption.ATOMIC_MOVE);
                List<InboundReply> replies = new ArrayList<>();
                for (String line : lines(taken)) {
                    String[] parts = line.split("\t", 2);
                    if (parts.length == 2 && !parts[0].isBlank()) {
                        replies.add(new InboundReply(Channel.SMS, parts[0].strip(), parts[1].strip(), now));
                    }
                }
                return replies;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the demo SMS inbox", e);
            }
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file.getFileName(), e);
        }
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }
}
