package app.settle.plugins.disputes;

import app.settle.plugins.disputes.DisputeTables.D;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The queue's filters as one condition on disputes. Null fields do not filter.
 *
 * @param unresolvedOnly only disputes that are not resolved (the default view of the queue)
 * @param status         one status (overrides unresolvedOnly)
 */
record QueueFilter(DisputeReason reason, boolean unresolvedOnly, DisputeStatus status, DisputeStats.AgeBand age,
                   Dispute.Sla sla, Assignment assignment) {

    /** Whose disputes. */
    enum Assignment {
        ANYONE("Anyone"), MINE("Assigned to me"), UNASSIGNED("Unassigned");

        private final String label;

        Assignment(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    Condition condition(LocalDate today, int dueSoonDays, String username) {
        Condition condition = DSL.trueCondition();
        if (reason != null) {
            condition = condition.and(D.REASON.eq(reason.name()));
        }
        if (status != null) {
            condition = condition.and(D.STATUS.eq(status.name()));
        } else if (unresolvedOnly || sla != null) {
            condition = condition.and(DisputeStore.unresolved());
        }
        if (age != null) {
            condition = condition.and(age.receivedIn(today));
        }
        if (sla == Dispute.Sla.BREACHED) {
            condition = condition.and(D.DUE_ON.lt(today));
        } else if (sla == Dispute.Sla.DUE_SOON) {
            condition = condition.and(D.DUE_ON.between(today, today.plusDays(dueSoonDays)));
        } else if (sla == Dispute.Sla.ON_TIME) {
            condition = condition.and(D.DUE_ON.gt(today.plusDays(dueSoonDays)));
        }
        if (assignment == Assignment.MINE) {
            condition = condition.and(D.ASSIGNED_TO.eq(username));
        } else if (assignment == Assignment.UNASSIGNED) {
            condition = condition.and(D.ASSIGNED_TO.isNull());
        }
        return condition;
    }
}
