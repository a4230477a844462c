package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The settlement ladder: what a collector may offer right now, from the most to the least for the creditor. Pay in
 * full, monthly plans over 3, 6 and 12 months (those within the plan-length guardrail), and a settlement at the
 * floor, each with what the debtor pays per instalment.
 */
final class Ladder {

    /** One rung: what it is, its total, how many monthly instalments of how much. */
    record Rung(String label, Kind kind, BigDecimal total, int instalments, BigDecimal perInstalment,
                BigDecimal last) {
    }

    private static final int[] PLAN_MONTHS = {3, 6, 12};

    private Ladder() {
    }

    static List<Rung> offers(BigDecimal balance, Guardrails g, LocalDate firstDate) {
        List<Rung> rungs = new ArrayList<>();
        if (balance.signum() <= 0) {
            return rungs;
        }
        rungs.add(new Rung("Pay in full", Kind.PROMISE, balance, 1, balance, balance));
        for (int months : PLAN_MONTHS) {
            if (months > g.maxPlanMonths()) {
                continue;
            }
            List<Schedule.Due> dues = Schedule.byCount(balance, months, Frequency.MONTHLY, firstDate);
            if (dues.getFirst().amount().compareTo(g.minPromiseAmount()) < 0) {
                continue;
            }
            rungs.add(new Rung("Plan over " + months + " months", Kind.PLAN, balance, months,
                    dues.getFirst().amount(), dues.getLast().amount()));
        }
        BigDecimal floor = Review.floor(balance, g);
        rungs.add(new Rung("Settle at " + g.floorPercent().stripTrailingZeros().toPlainString() + "%",
                Kind.SETTLEMENT, floor, 1, floor, floor));
        return rungs;
    }
}
