package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a collector wants to record, before any check. For a promise, {@code count} is 1. For a plan or
 * settlement, either {@code count} or {@code instalmentAmount} is given (the other is null).
 */
record Proposal(Kind kind, BigDecimal total, Frequency frequency, Integer count, BigDecimal instalmentAmount,
                LocalDate firstDate, String method, String waiver) {

    /** The instalments this proposal makes, adding up exactly to its total. */
    List<Schedule.Due> schedule() {
        if (total == null || total.signum() <= 0) {
            throw new PlanRefusedException("The amount must be more than zero.");
        }
        if (firstDate == null) {
            throw new PlanRefusedException("Choose the date of the (first) payment.");
        }
        if (kind == Kind.PROMISE) {
            return Schedule.byCount(total, 1, Frequency.MONTHLY, firstDate);
        }
        Frequency f = frequency == null ? Frequency.MONTHLY : frequency;
        if (instalmentAmount != null) {
            return Schedule.byAmount(total, instalmentAmount, f, firstDate);
        }
        if (count == null) {
            throw new PlanRefusedException("Give the number of instalments or the instalment amount.");
        }
        return Schedule.byCount(total, count, f, firstDate);
    }
}
