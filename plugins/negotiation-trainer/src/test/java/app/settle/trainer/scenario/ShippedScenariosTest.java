package app.settle.trainer.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every scenario in {@code training-content/scenarios} validates, is listed in the index and covers the issue's list. */
class ShippedScenariosTest {

    private static final Path SCENARIOS = Path.of(System.getProperty("training.content.dir", "../../training-content"))
            .resolve("scenarios");

    @Test
    void everyScenarioFileValidates() throws IOException {
        List<Path> files = scenarioFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : files) {
            ScenarioCheck.Result result = ScenarioCheck.check(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(result.valid()).as(file.getFileName() + ":\n" + result.report()).isTrue();
            assertThat(result.scenario().orElseThrow().id() + ".scn").as("file name of " + file)
                    .isEqualTo(file.getFileName().toString());
        }
    }

    @Test
    void theIndexListsExactlyTheScenarioFiles() throws IOException {
        Set<String> listed = Files.readAllLines(SCENARIOS.resolve("index.txt")).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        Set<String> present = scenarioFiles().stream().map(file -> file.getFileName().toString())
                .collect(Collectors.toSet());
        assertThat(listed).isEqualTo(present);
    }

    @Test
    void theShippedScenariosCoverTheRequiredCalls() throws IOException {
        Set<String> ids = scenarioFiles().stream().map(file -> file.getFileName().toString().replace(".scn", ""))
                .collect(Collectors.toSet());
        assertThat(ids).contains("first-call", "hardship", "pay-next-week", "not-my-debt", "talk-to-my-lawyer",
                "cease-communication", "third-party", "angry-debtor", "time-barred", "settlement-ladder");
    }

    private static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(file -> file.toString().endsWith(".scn")).sorted().toList();
        }
    }
}
