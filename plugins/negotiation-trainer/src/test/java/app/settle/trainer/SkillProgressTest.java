package app.settle.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.trainer.call.Moment;
import app.settle.trainer.call.Scorecard;
import app.settle.trainer.scenario.Scenario;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SkillProgressTest {

    @Test
    void skillsAreCountedOverFinishedCallsOldestFirst() throws IOException {
        Scenario scenario = XapiStatementsTest.scenario("third-party");
        List<SessionStore.Review> reviews = List.of(
                review(2, scenario, List.of(new Moment("third-party", false, "Told the roommate", 4))),
                review(1, scenario, List.of(new Moment("third-party", true, "Kept it private", 3),
                        new Moment("verification", true, "By name", 1))));

        List<SkillProgress> skills = SkillProgress.of(reviews);

        assertThat(skills).extracting(SkillProgress::skill).containsExactly("third-party", "verification", "control");
        SkillProgress privacy = skills.getFirst();
        assertThat(privacy.shown()).isEqualTo(2);
        assertThat(privacy.earned()).isEqualTo(1);
        assertThat(privacy.rate()).isEqualTo("50%");
        assertThat(privacy.trend()).isEqualTo("✓✗");
        assertThat(skills.get(2).rate()).isEqualTo("—");
        assertThat(skills.get(2).trend()).isEqualTo("··");
    }

    @Test
    void traineesSeeTheirOwnCallsAndTrainersTheirTeamsOrEveryTeamWhenInNone() {
        StoredSession call = session(1, 7L, Set.of(1L), 9L);
        assertThat(SessionAccess.canView(new UserRef(7, "trainee", "T", Role.TRAINEE, Set.of(1L)), call)).isTrue();
        assertThat(SessionAccess.canView(new UserRef(8, "other", "O", Role.TRAINEE, Set.of(1L)), call)).isFalse();
        assertThat(SessionAccess.canView(new UserRef(9, "trainer", "T", Role.TRAINER, Set.of(5L)), call)).isTrue();
        assertThat(SessionAccess.canView(new UserRef(10, "east", "E", Role.TRAINER, Set.of(1L)), call)).isTrue();
        assertThat(SessionAccess.canView(new UserRef(11, "west", "W", Role.TRAINER, Set.of(2L)), call)).isFalse();
        assertThat(SessionAccess.canView(new UserRef(12, "all", "A", Role.TRAINER, Set.of()), call)).isTrue();
        assertThat(SessionAccess.canView(new UserRef(13, "boss", "B", Role.SUPERVISOR, Set.of(1L)), call)).isFalse();
    }

    private static SessionStore.Review review(long id, Scenario scenario, List<Moment> moments) {
        Scorecard card = Scorecard.of(scenario, moments);
        return new SessionStore.Review(session(id, 7L, Set.of(1L), null), scenario, List.of(), card, List.of());
    }

    private static StoredSession session(long id, Long trainee, Set<Long> teams, Long trainer) {
        return new StoredSession(id, "third-party", "A third party answers", StoredSession.Mode.SELF_PACED,
                StoredSession.Status.FINISHED, trainee, "trainee", "Tracy", teams, trainer, null, null, null, "Done", 0,
                9, null, false, LocalDateTime.of(2026, 11, 23, 12, 0), LocalDateTime.of(2026, 11, 23, 12, 5));
    }
}
