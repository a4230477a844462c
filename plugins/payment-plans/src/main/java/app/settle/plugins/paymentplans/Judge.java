package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Kept or broken: an instalment paid in full is kept (also before its due date); one still unpaid after its due
 * date plus the grace period is broken (on the last day of grace it is still pending). A later payment turns a
 * broken instalment kept. A plan's status follows from its instalments.
 */
final class Judge {

    enum InstalmentState { PENDING, KEPT, BROKEN }

    private Judge() {
    }

    static InstalmentState instalment(BigDecimal amount, BigDecimal paid, LocalDate dueOn, LocalDate today,
                                      int graceDays) {
        if (paid.compareTo(amount) >= 0) {
            return InstalmentState.KEPT;
        }
        return today.isAfter(dueOn.plusDays(graceDays)) ? InstalmentState.BROKEN : InstalmentState.PENDING;
    }

    /** The status of an approved arrangement from its instalments' states. */
    static Status arrangement(List<InstalmentState> states, int defaultAfter) {
        long broken = states.stream().filter(s -> s == InstalmentState.BROKEN).count();
        if (states.stream().allMatch(s -> s == InstalmentState.KEPT)) {
            return Status.COMPLETED;
        }
        if (broken >= defaultAfter || broken > 0 && states.size() == 1) {
            return Status.DEFAULTED;
        }
        return broken > 0 ? Status.LATE : Status.CURRENT;
    }
}
