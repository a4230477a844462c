package app.settle.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ./settle generate}: what it writes and says, and how it answers a wrong command line. */
class GenerateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesBothFilesAndSaysWhatItWrote(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("generated");

        int code = run("--accounts", "1,500", "--out", target.toString(), "--seed=3", "--teams", "North, South");

        assertThat(code).isZero();
        assertThat(Files.readAllLines(target.resolve("placement.csv"))).hasSize(1_501);
        assertThat(Files.exists(target.resolve("payments.csv"))).isTrue();
        assertThat(text(out)).contains("Wrote 1,500 accounts of ", target.resolve("placement.csv").toString(), " KB)",
                " payments and ", "Seed 3, teams North, South, in ");
        assertThat(Files.readString(target.resolve("placement.csv"))).contains(",North\r\n", ",South\r\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            --accounts abc            | --accounts must be a whole number between 1 and 10,000,000
            --accounts 0              | --accounts must be a whole number between 1 and 10,000,000
            --accounts 10000001       | --accounts must be a whole number between 1 and 10,000,000
            --accounts -5             | --accounts must be a whole number between 1 and 10,000,000
            --accounts 2.5            | --accounts must be a whole number between 1 and 10,000,000
            --out x                   | --accounts is required
            --accounts                | --accounts needs a value.
            --accounts 5 --seed x     | --seed must be a whole number
            --accounts 5 --teams ,    | --teams needs one or more team names
            --accounts 5 --teams A,A  | --teams names a team twice.
            --accounts 5 --colour red | Unknown option --colour.
            """)
    void refusesAWrongCommandLineWithTheReasonAndUsage(String commandLine, String message) {
        int code = run(commandLine.strip().split(" "));

        assertThat(code).isEqualTo(2);
        assertThat(text(err)).startsWith(message).contains("Usage: ./settle generate --accounts <n>");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void refusesAnOutputThatIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");

        assertThat(run("--accounts", "5", "--out", file.toString())).isEqualTo(2);
        assertThat(text(err)).contains("--out must be a folder, and " + file + " is a file.");
    }

    private int run(String... args) {
        return GenerateCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), LocalDate.of(2026, 11, 23), args);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
