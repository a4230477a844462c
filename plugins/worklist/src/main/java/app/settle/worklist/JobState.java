package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_JOB_STATE;

import app.settle.api.HostContext;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What the background jobs remember between ticks ({@code worklist_job_state}, one row per name), in the database
 * rather than in memory, so that whichever portal node takes the next tick (and a node after a restart) continues
 * where the last one stopped.
 */
final class JobState {

    private final HostContext host;

    JobState(HostContext host) {
        this.host = host;
    }

    Optional<Long> number(String name) {
        return host.data().dsl().select(WORKLIST_JOB_STATE.NUMBER_VALUE).from(WORKLIST_JOB_STATE)
                .where(WORKLIST_JOB_STATE.NAME.eq(name)).fetchOptional(WORKLIST_JOB_STATE.NUMBER_VALUE)
                .filter(value -> value != null);
    }

    Optional<LocalDateTime> time(String name) {
        return host.data().dsl().select(WORKLIST_JOB_STATE.TIME_VALUE).from(WORKLIST_JOB_STATE)
                .where(WORKLIST_JOB_STATE.NAME.eq(name)).fetchOptional(WORKLIST_JOB_STATE.TIME_VALUE)
                .filter(value -> value != null);
    }

    void setNumber(String name, Long value) {
        host.data().dsl().insertInto(WORKLIST_JOB_STATE).set(WORKLIST_JOB_STATE.NAME, name)
                .set(WORKLIST_JOB_STATE.NUMBER_VALUE, value)
                .onDuplicateKeyUpdate().set(WORKLIST_JOB_STATE.NUMBER_VALUE, value).execute();
    }

    void setTime(String name, LocalDateTime value) {
        host.data().dsl().insertInto(WORKLIST_JOB_STATE).set(WORKLIST_JOB_STATE.NAME, name)
                .set(WORKLIST_JOB_STATE.TIME_VALUE, value)
                .onDuplicateKeyUpdate().set(WORKLIST_JOB_STATE.TIME_VALUE, value).execute();
    }
}
