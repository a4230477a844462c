package app.settle.trainer;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;

/** One practised call as stored: who, which scenario, how it went. Scores are null until the call is finished. */
record StoredSession(long id, String scenarioKey, String scenarioTitle, Mode mode, Status status, Long traineeId,
                     String traineeUsername, String traineeName, Set<Long> traineeTeams, Long trainerId,
                     String trainerUsername, String trainerName, String joinCode, String ending, Integer points,
                     Integer maxPoints, BigDecimal scaled, Boolean passed, LocalDateTime startedAt,
                     LocalDateTime finishedAt) {

    enum Mode {
        SELF_PACED("Self-paced"), LIVE("Live");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** WAITING: a live session waits for its trainee; ACTIVE: the call is on; FINISHED: scored and closed. */
    enum Status {
        WAITING("Waiting for the trainee"), ACTIVE("In progress"), FINISHED("Finished");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    boolean finished() {
        return status == Status.FINISHED;
    }
}
