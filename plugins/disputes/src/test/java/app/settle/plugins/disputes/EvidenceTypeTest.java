package app.settle.plugins.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

    @Test
    void acceptedTypesAreRecognisedByTheirContent() {
        assertThat(EvidenceType.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(EvidenceType.PDF);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
                .contains(EvidenceType.PNG);
        assertThat(EvidenceType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
                .contains(EvidenceType.JPEG);
        assertThat(EvidenceType.detect("Letter from the debtor:\r\n\tI paid this in May — café receipt attached.\n"
                .getBytes(StandardCharsets.UTF_8))).contains(EvidenceType.TXT);
    }

    @Test
    void otherContentIsRefusedWhateverItsNameSays() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        byte[] notUtf8 = {'a', (byte) 0xC3, 'b'};

        assertThat(EvidenceType.detect(zip)).isEqualTo(Optional.empty());
        assertThat(EvidenceType.detect(exe)).isEmpty();
        assertThat(EvidenceType.detect(notUtf8)).isEmpty();
        assertThat(EvidenceType.detect(new byte[0])).isEmpty();
        assertThat(EvidenceType.detect("<html><script>".getBytes(StandardCharsets.UTF_8)))
                .as("markup is plain text, served as text/plain").contains(EvidenceType.TXT);
    }

    @Test
    void aStreamLongerThanTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        assertThat(EvidenceFiles.readLimited(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
        assertThatThrownBy(() -> EvidenceFiles.readLimited(new ByteArrayInputStream(new byte[101]), 100))
                .isInstanceOf(DisputeRefusedException.class)
                .hasMessageStartingWith("The file is larger than the limit of");
    }

    @Test
    void theShownNameKeepsOnlyThePrintableLastPartOfWhatTheBrowserSent() {
        assertThat(EvidenceFiles.displayName("../../etc/passwd", EvidenceType.TXT)).isEqualTo("passwd");
        assertThat(EvidenceFiles.displayName("C:\\Users\\pat\\receipt.pdf", EvidenceType.PDF)).isEqualTo("receipt.pdf");
        assertThat(EvidenceFiles.displayName("a\u0000b<script>.png", EvidenceType.PNG)).isEqualTo("abscript.png");
        assertThat(EvidenceFiles.displayName("..", EvidenceType.JPEG)).isEqualTo("evidence.jpg");
        assertThat(EvidenceFiles.displayName(null, EvidenceType.PDF)).isEqualTo("evidence.pdf");
        assertThat(EvidenceFiles.displayName("x".repeat(300), EvidenceType.TXT)).hasSize(200);
    }
}
