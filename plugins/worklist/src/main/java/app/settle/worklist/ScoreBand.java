package app.settle.worklist;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Points for one range of a component's measure: {@code from} inclusive, {@code to} exclusive (null: no upper end).
 */
record ScoreBand(ScoreComponent component, BigDecimal from, BigDecimal to, int points) {

    static final int MAX_POINTS = 100;

    ScoreBand {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(from, "from");
        if (to != null && to.compareTo(from) <= 0) {
            throw new IllegalArgumentException(component.label() + ": a range must end above where it starts ("
                    + from.stripTrailingZeros().toPlainString() + ").");
        }
        if (Math.abs(points) > MAX_POINTS) {
            throw new IllegalArgumentException(component.label() + ": points are between -" + MAX_POINTS + " and "
                    + MAX_POINTS + ".");
        }
    }

    boolean contains(BigDecimal measure) {
        return measure.compareTo(from) >= 0 && (to == null || measure.compareTo(to) < 0);
    }

    /** "500 to under 2,000", "10,000 and more". */
    String rangeText() {
        return to == null ? Numbers.plain(from) + " and more" : Numbers.plain(from) + " to under " + Numbers.plain(to);
    }
}
