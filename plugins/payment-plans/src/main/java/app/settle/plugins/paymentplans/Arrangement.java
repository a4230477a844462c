package app.settle.plugins.paymentplans;

import app.settle.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A stored arrangement with its instalments (in due order). */
record Arrangement(long id, long accountId, Kind kind, Status status, Money total, Money balanceAtOffer,
                   Frequency frequency, String method, String waiver, String approvalReasons, String decidedBy,
                   String decisionNote, String endReason, String createdBy, LocalDateTime createdAt, int version,
                   List<Instalment> instalments) {

    /** One instalment: due date, amount, paid so far, state. */
    record Instalment(long id, int seq, LocalDate dueOn, BigDecimal amount, BigDecimal paid,
                      Judge.InstalmentState state) {
    }

    BigDecimal paid() {
        return instalments.stream().map(Instalment::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A one-line summary people read, e.g. "Payment plan: $1,200.00 in 6 monthly instalments from Dec 1, 2026". */
    String summary() {
        Instalment first = instalments.getFirst();
        if (instalments.size() == 1) {
            return kind.label() + ": " + total.format() + " on " + Format.date(first.dueOn()) + " by " + method;
        }
        return kind.label() + ": " + total.format() + " in " + instalments.size() + " "
                + frequency.label().toLowerCase() + " instalments of " + Money.of(first.amount(),
                total.currency().getCurrencyCode()).format() + " from " + Format.date(first.dueOn());
    }
}
