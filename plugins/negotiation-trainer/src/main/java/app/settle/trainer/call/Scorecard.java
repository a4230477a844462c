package app.settle.trainer.call;

import app.settle.trainer.scenario.RubricItem;
import app.settle.trainer.scenario.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The result of a call against its scenario's rubric: one {@link ItemResult} per item with the moments behind it,
 * the points, the scaled score (0 to 1) and whether the call passed: at least 80% of the points and no critical
 * item lost.
 */
public record Scorecard(List<ItemResult> items) {

    public static final BigDecimal PASS_MARK = new BigDecimal("0.80");

    public Scorecard {
        items = List.copyOf(items);
    }

    /** Scores the moments of a call: each rubric item of the scenario, in rubric order. */
    public static Scorecard of(Scenario scenario, List<Moment> moments) {
        return new Scorecard(scenario.rubric().stream().map(item -> result(item, moments)).toList());
    }

    private static ItemResult result(RubricItem item, List<Moment> moments) {
        List<Moment> mine = moments.stream().filter(moment -> moment.item().equals(item.key())).toList();
        ItemResult.Status status = mine.isEmpty() ? ItemResult.Status.NOT_SHOWN
                : mine.stream().anyMatch(moment -> !moment.earned()) ? ItemResult.Status.LOST
                : ItemResult.Status.EARNED;
        return new ItemResult(item, status, mine);
    }

    public int points() {
        return items.stream().mapToInt(ItemResult::points).sum();
    }

    public int maxPoints() {
        return items.stream().mapToInt(result -> result.item().points()).sum();
    }

    /** Points over the maximum, four decimals (xAPI's score.scaled). */
    public BigDecimal scaled() {
        return maxPoints() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(points()).divide(BigDecimal.valueOf(maxPoints()), 4, RoundingMode.HALF_UP);
    }

    public boolean criticalLost() {
        return items.stream().anyMatch(result -> result.item().critical() && result.status() == ItemResult.Status.LOST);
    }

    public boolean passed() {
        return !criticalLost() && scaled().compareTo(PASS_MARK) >= 0;
    }

    /** "7 of 9 points (78%)" */
    public String summary() {
        return points() + " of " + maxPoints() + " points (" + scaled().movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                + "%)" + (criticalLost() ? ", a critical item lost" : "");
    }
}
