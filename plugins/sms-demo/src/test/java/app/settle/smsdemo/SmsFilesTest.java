package app.settle.smsdemo;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.outreach.InboundReply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmsFilesTest {

    @TempDir
    Path folder;

    @Test
    void aSentMessageIsOneLineAndItsKeyIsFoundAgain() throws Exception {
        SmsFiles files = new SmsFiles(folder);
        files.append(new SmsFiles.Sent(Instant.parse("2026-11-23T15:00:00Z"), "k-1", "2125550101",
                "Line one\nline\ttwo"));
        assertThat(Files.readString(folder.resolve(SmsFiles.OUTBOX)))
                .isEqualTo("2026-11-23T15:00:00Z\tk-1\t2125550101\tLine one\\nline\\ttwo\n");
        assertThat(files.sentKeys()).containsExactly("k-1");
    }

    @Test
    void repliesAreHandedOverOnce() throws Exception {
        Files.writeString(folder.resolve(SmsFiles.INBOX), "2125550101\tSTOP\n\nbroken line\n+1 212 555 0102\t yes \n",
                StandardCharsets.UTF_8);
        SmsFiles files = new SmsFiles(folder);
        assertThat(files.takeReplies(Instant.EPOCH)).extracting(InboundReply::from, InboundReply::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2125550101", "STOP"),
                        org.assertj.core.groups.Tuple.tuple("+1 212 555 0102", "yes"));
        assertThat(files.takeReplies(Instant.EPOCH)).isEmpty();
    }
}
