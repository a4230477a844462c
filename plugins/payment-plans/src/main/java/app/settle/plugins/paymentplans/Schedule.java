package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Instalment arithmetic, exact to the cent: the instalments of a schedule always add up to its total. Equal
 * instalments are rounded down to the cent and the last one takes the remaining cents; a fixed instalment amount
 * gives as many instalments as needed, the last one smaller.
 */
final class Schedule {

    /** One instalment as planned: position (1-based), due date, amount. */
    record Due(int seq, LocalDate dueOn, BigDecimal amount) {
    }

    private Schedule() {
    }

    static List<Due> byCount(BigDecimal total, int count, Frequency frequency, LocalDate first) {
        requirePositiveCents(total);
        if (count < 1) {
            throw new PlanRefusedException("A plan has at least one instalment.");
        }
        BigDecimal each = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
        if (each.signum() == 0) {
            throw new PlanRefusedException("Too many instalments: each would be less than one cent.");
        }
        List<Due> dues = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            dues.add(new Due(i + 1, frequency.dueDate(first, i), each));
        }
        BigDecimal last = total.subtract(each.multiply(BigDecimal.valueOf(count - 1L)));
        dues.add(new Due(count, frequency.dueDate(first, count - 1), last));
        return dues;
    }

    static List<Due> byAmount(BigDecimal total, BigDecimal instalment, Frequency frequency, LocalDate first) {
        requirePositiveCents(total);
        requirePositiveCents(instalment);
        if (instalment.compareTo(total) > 0) {
            throw new PlanRefusedException("The instalment is larger than the plan's total.");
        }
        int count = total.divide(instalment, 0, RoundingMode.UP).intValueExact();
        List<Due> dues = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 0; i < count; i++) {
            BigDecimal amount = left.min(instalment);
            dues.add(new Due(i + 1, frequency.dueDate(first, i), amount));
            left = left.subtract(amount);
        }
        return dues;
    }

    static BigDecimal sum(List<Due> dues) {
        return dues.stream().map(Due::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Refuses instalments that do not add up to the total, exactly. */
    static void requireAddsUp(List<Due> dues, BigDecimal total) {
        if (sum(dues).compareTo(total) != 0) {
            throw new PlanRefusedException("The instalments add up to " + sum(dues).toPlainString()
                    + ", not to the total of " + total.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + ".");
        }
    }

    private static void requirePositiveCents(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new PlanRefusedException("Amounts must be more than zero.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new PlanRefusedException("Amounts are in whole cents.");
        }
    }
}
