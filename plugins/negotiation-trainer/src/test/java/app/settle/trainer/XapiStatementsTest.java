package app.settle.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.trainer.call.Moment;
import app.settle.trainer.call.Scorecard;
import app.settle.trainer.scenario.Scenario;
import app.settle.trainer.scenario.ScenarioCheck;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class XapiStatementsTest {

    @Test
    void jsonStringsAreEscaped() {
        assertThat(Json.write(Map.of("a", "say \"hi\"\\ <script>\n\u0001"))).isEqualTo(
                "{\"a\":\"say \\\"hi\\\"\\\\ \\u003cscript\\u003e\\n\\u0001\"}");
        assertThat(Json.write(List.of(1, true, new BigDecimal("0.5000")))).isEqualTo("[1,true,0.5000]");
    }

    @Test
    void aFinishedLiveCallBecomesAPassedOrFailedStatementWithScoreAndInstructor() throws IOException {
        Scenario scenario = scenario("third-party");
        Scorecard card = Scorecard.of(scenario, List.of(new Moment("third-party", true, "Kept it private", 3),
                new Moment("verification", true, "Asked by name", 1), new Moment("control", true, "Neutral", 3)));
        StoredSession session = new StoredSession(42, "third-party", "A third party \"answers\"", StoredSession.Mode.LIVE,
                StoredSession.Status.FINISHED, 7L, "trainee", "Tracy Trainee", Set.of(1L), 9L, "trainer",
                "Terry Trainer", null, "Neutral message", card.points(), card.maxPoints(), card.scaled(), card.passed(),
                LocalDateTime.of(2026, 11, 23, 13, 0), LocalDateTime.of(2026, 11, 23, 13, 7, 30));

        String json = XapiStatements.export("https://portal.example",
                List.of(new SessionStore.Review(session, scenario, List.of(), card, List.of())));

        assertThat(json).startsWith("[{\"id\":\"").contains(
                "\"verb\":{", "http://adlnet.gov/expapi/verbs/passed",
                "\"actor\":{\"objectType\":\"Agent\",\"name\":\"Tracy Trainee\",\"account\":{",
                "\"name\":\"trainee\"", "\"id\":\"https://settle.app/xapi/scenarios/third-party\"",
                "A third party \\\"answers\\\"",
                "\"score\":{\"scaled\":1.0000,\"raw\":9,\"min\":0,\"max\":9}", "\"success\":true", "\"completion\":true",
                "\"duration\":\"PT7M30S\"", "\"instructor\":{", "\"name\":\"Terry Trainer\"",
                "\"third-party\":\"earned\"", "\"timestamp\":\"2026-11-23T13:07:30Z\"");
    }

    @Test
    void unfinishedCallsAreLeftOut() throws IOException {
        Scenario scenario = scenario("hardship");
        StoredSession waiting = new StoredSession(1, "hardship", "Hardship", StoredSession.Mode.LIVE,
                StoredSession.Status.WAITING, null, null, null, Set.of(), 9L, "trainer", "Terry Trainer", "ABC234", null,
                null, null, null, null, LocalDateTime.of(2026, 11, 23, 13, 0), null);
        assertThat(XapiStatements.export("https://portal.example", List.of(new SessionStore.Review(waiting, scenario,
                List.of(), Scorecard.of(scenario, List.of()), List.of())))).isEqualTo("[]");
    }

    static Scenario scenario(String id) throws IOException {
        Path file = Path.of(System.getProperty("training.content.dir", "../../training-content"), "scenarios", id + ".scn");
        return ScenarioCheck.check(Files.readString(file)).scenario().orElseThrow();
    }
}
