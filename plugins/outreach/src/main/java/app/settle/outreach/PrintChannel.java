package app.settle.outreach;

import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import app.settle.api.outreach.Delivery;
import app.settle.api.outreach.MessageChannel;
import app.settle.api.outreach.OutboundMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Letters for printing or a mail house: each letter's PDF goes to {@code letters/<date>/<key>.pdf} in the plugin's
 * data folder, the day's folder being what is picked up. Written to a temporary name and moved, so a half-written PDF
 * is never picked up; {@link #lookUp} finds a letter by its key after an interruption. A letter plugin that posts
 * through a mail house's API can replace this channel.
 */
@Extension
public class PrintChannel implements MessageChannel {

    @Override
    public Channel channel() {
        return Channel.LETTER;
    }

    @Override
    public String name() {
        return "Letters to print (PDF files)";
    }

    @Override
    public Delivery send(HostContext host, OutboundMessage message) {
        if (message.document() == null) {
            return Delivery.failed("The letter has no PDF.");
        }
        try {
            Path day = Files.createDirectories(root(host).resolve(LocalDate.ofInstant(host.clock().instant(),
                    ZoneOffset.UTC).toString()));
            Path file = day.resolve(fileName(message.key()));
            Path partial = day.resolve(fileName(message.key()) + ".part");
            Files.write(partial, message.document());
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Delivery.accepted(file.getFileName().toString(), "Ready to print: letters/" + day.getFileName()
                    + "/" + file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the letter", e);
        }
    }

    @Override
    public Optional<Delivery> lookUp(HostContext host, String key) {
        try (var days = Files.exists(root(host)) ? Files.list(root(host)) : java.util.stream.Stream.<Path>empty()) {
            return days.map(day -> day.resolve(fileName(key))).filter(Files::exists).findFirst()
                    .map(file -> Delivery.accepted(file.getFileName().toString(), "Found in the print folder"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Path root(HostContext host) {
        return host.dataFolder().resolve("letters");
    }

    private static String fileName(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "_") + ".pdf";
    }
}
