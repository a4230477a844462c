package app.settle.plugins.paymentplans;

import app.settle.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules for changing an arrangement's schedule, shared by the Modify dialog (checked as the collector types) and
 * {@link Plans#modify} (checked again on the server): only a current or late arrangement changes; only instalments
 * with nothing paid on them move; each new amount is more than zero, in whole cents and no more than the balance;
 * no date is in the past and the dates stay in order; the unpaid instalments still come to what is left of the
 * total.
 */
final class Modification {

    private Modification() {
    }

    /** The instalments a collector may still change: nothing paid on them yet. */
    static List<Arrangement.Instalment> changeable(Arrangement a) {
        return a.instalments().stream().filter(i -> i.paid().signum() == 0).toList();
    }

    /** What the changeable instalments must add up to: the total less the instalments that stay as they are. */
    static BigDecimal remaining(Arrangement a) {
        return changeable(a).stream().map(Arrangement.Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Checks the changes and returns the whole schedule after them.
     *
     * @param changes per instalment sequence number, its new date and amount (null values: not filled in)
     * @throws PlanRefusedException with the first thing that is wrong, as the collector should read it
     */
    static List<Schedule.Due> check(Arrangement a, Map<Integer, Schedule.Due> changes, Money balance,
                                    LocalDate today) {
        if (a.status() != Status.CURRENT && a.status() != Status.LATE) {
            throw new PlanRefusedException("Only a current or late arrangement can be changed; this one is "
                    + a.status().label(a.kind()).toLowerCase() + ".");
        }
        String currency = a.total().currency().getCurrencyCode();
        List<Schedule.Due> after = new ArrayList<>();
        BigDecimal changedSum = BigDecimal.ZERO;
        for (Arrangement.Instalment i : a.instalments()) {
            Schedule.Due change = changes.get(i.seq());
            if (change == null) {
                after.add(new Schedule.Due(i.seq(), i.dueOn(), i.amount()));
                continue;
            }
            if (i.paid().signum() > 0) {
                throw new PlanRefusedException("Instalment " + i.seq()
                        + " is already (partly) paid: it cannot change.");
            }
            if (change.amount() == null || change.amount().signum() <= 0) {
                throw new PlanRefusedException("The amount of instalment " + i.seq() + " must be more than zero.");
            }
            if (change.amount().stripTrailingZeros().scale() > 2) {
                throw new PlanRefusedException("The amount of instalment " + i.seq() + " must be in whole cents.");
            }
            if (change.amount().compareTo(balance.amount()) > 0) {
                throw new PlanRefusedException("The amount of instalment " + i.seq() + " is more than the balance of "
                        + balance.format() + ".");
            }
            if (change.dueOn() == null) {
                throw new PlanRefusedException("Give the date of instalment " + i.seq() + ".");
            }
            if (change.dueOn().isBefore(today) && !change.dueOn().equals(i.dueOn())) {
                throw new PlanRefusedException("The date of instalment " + i.seq() + ", " + Format.date(change.dueOn())
                        + ", is in the past.");
            }
            changedSum = changedSum.add(change.amount());
            after.add(new Schedule.Due(i.seq(), change.dueOn(), change.amount()));
        }
        for (int k = 1; k < after.size(); k++) {
            if (after.get(k).dueOn().isBefore(after.get(k - 1).dueOn())) {
                throw new PlanRefusedException("Instalment " + after.get(k).seq() + " is due before instalment "
                        + after.get(k - 1).seq() + ": keep the dates in order.");
            }
        }
        BigDecimal sum = Schedule.sum(after);
        if (sum.compareTo(a.total().amount()) != 0) {
            BigDecimal gap = a.total().amount().subtract(sum);
            BigDecimal expected = changedSum.add(gap);
            throw new PlanRefusedException("The instalments come to " + Money.of(changedSum, currency).format()
                    + " but must add up to " + Money.of(expected, currency).format() + ", what is left of the "
                    + a.total().format() + " total (" + Money.of(gap.abs(), currency).format()
                    + (gap.signum() > 0 ? " short)." : " too much)."));
        }
        return List.copyOf(after);
    }
}
