package app.settle.plugins.disputes;

import app.settle.api.core.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One dispute as the queue, the account panel and the details dialog show it, with its account's facts. */
record Dispute(long id, long accountId, String accountRef, long teamId, String debtorName, DisputeReason reason,
               boolean wholeDebt, Money disputedAmount, ReceivedVia receivedVia, LocalDate receivedOn,
               String statement, LocalDate windowEndsOn, boolean withinWindow, LocalDate dueOn, DisputeStatus status,
               Long holdId, String assignedTo, String openedBy, Instant openedAt, String outcome,
               Money adjustmentAmount, String resolutionReason, String requestedBy, String approvedBy,
               LocalDate verificationSentOn, VerificationMethod verificationMethod, String resolvedBy,
               Instant resolvedAt, int version) {

    /** Days since the dispute was received (its age in the queue). */
    long ageDays(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(receivedOn, today));
    }

    Sla sla(LocalDate today, int dueSoonDays) {
        if (status.resolved()) {
            return Sla.DONE;
        }
        if (today.isAfter(dueOn)) {
            return Sla.BREACHED;
        }
        return ChronoUnit.DAYS.between(today, dueOn) <= dueSoonDays ? Sla.DUE_SOON : Sla.ON_TIME;
    }

    /** Where an unresolved dispute stands against its response due date. */
    enum Sla {
        ON_TIME("On time"), DUE_SOON("Due soon"), BREACHED("SLA breached"), DONE("Resolved");

        private final String label;

        Sla(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
