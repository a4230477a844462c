package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a proposal against the balance and the guardrails. Bad input ({@link PlanRefusedException}) is refused
 * outright; what a supervisor may still allow comes back as the reasons it needs approval (empty: the collector
 * may agree it alone).
 */
final class Review {

    /** The checked proposal: its instalments, and why it needs a supervisor (empty if it does not). */
    record Outcome(List<Schedule.Due> schedule, List<String> approvalReasons) {
        boolean needsApproval() {
            return !approvalReasons.isEmpty();
        }
    }

    private Review() {
    }

    static Outcome check(Proposal p, BigDecimal balance, Guardrails g, LocalDate today) {
        if (p.kind() == null) {
            throw new PlanRefusedException("Choose a promise, a plan or a settlement.");
        }
        if (p.total() == null || p.total().signum() <= 0) {
            throw new PlanRefusedException("The amount must be more than zero.");
        }
        if (p.total().compareTo(balance) > 0) {
            throw new PlanRefusedException("The amount is more than the balance of " + Format.amount(balance) + ".");
        }
        if (p.firstDate() != null && p.firstDate().isBefore(today)) {
            throw new PlanRefusedException("The date " + Format.date(p.firstDate()) + " is in the past.");
        }
        List<Schedule.Due> schedule = p.schedule();
        Schedule.requireAddsUp(schedule, p.total());
        List<String> reasons = new ArrayList<>();
        long daysOut = ChronoUnit.DAYS.between(today, p.firstDate());
        if (daysOut > g.maxDaysOut()) {
            if (p.kind() == Kind.PROMISE) {
                throw new PlanRefusedException("A promise may be at most " + g.maxDaysOut() + " days out.");
            }
            reasons.add("first payment " + daysOut + " days out (limit " + g.maxDaysOut() + ")");
        }
        BigDecimal smallest = schedule.stream().map(Schedule.Due::amount).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal percentFloor = balance.multiply(g.minPromisePercent()).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.UP);
        if (p.kind() == Kind.PROMISE) {
            BigDecimal minimum = g.minPromiseAmount().max(percentFloor).min(balance);
            if (p.total().compareTo(minimum) < 0) {
                throw new PlanRefusedException("A promise must be at least " + Format.amount(minimum) + " ("
                        + Format.amount(g.minPromiseAmount()) + " or " + g.minPromisePercent().stripTrailingZeros()
                        .toPlainString() + "% of the balance).");
            }
            return new Outcome(schedule, List.of());
        }
        // the last instalment of a plan may be the smaller rest
        BigDecimal smallestRegular = schedule.size() > 1 ? schedule.get(0).amount() : smallest;
        if (smallestRegular.compareTo(g.minPromiseAmount().min(p.total())) < 0) {
            reasons.add("instalments of " + Format.amount(smallestRegular) + " (minimum "
                    + Format.amount(g.minPromiseAmount()) + ")");
        }
        LocalDate last = schedule.getLast().dueOn();
        if (last.isAfter(p.firstDate().plusMonths(g.maxPlanMonths()))) {
            reasons.add("lasts until " + Format.date(last) + " (limit " + g.maxPlanMonths() + " months)");
        }
        if (p.kind() == Kind.SETTLEMENT) {
            BigDecimal floor = floor(balance, g);
            if (p.total().compareTo(floor) < 0) {
                reasons.add("settlement of " + Format.amount(p.total()) + " is below the floor of "
                        + Format.amount(floor) + " (" + g.floorPercent().stripTrailingZeros().toPlainString() + "%)");
            }
            if (schedule.size() > g.maxSettlementInstalments()) {
                reasons.add("settlement in " + schedule.size() + " payments (limit " + g.maxSettlementInstalments()
                        + ")");
            }
        }
        return new Outcome(schedule, List.copyOf(reasons));
    }

    /** The smallest settlement a collector may accept alone, rounded up to the cent. */
    static BigDecimal floor(BigDecimal balance, Guardrails g) {
        return balance.multiply(g.floorPercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.UP);
    }
}
