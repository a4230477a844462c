package app.settle.worklist;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring model a supervisor configured: bands of points per component. Pure; {@link ScoreModels} stores it
 * and {@link Recompute} turns it into SQL so that a million accounts are scored in set-based statements.
 */
final class ScoreModel {

    private final Map<ScoreComponent, List<ScoreBand>> bands = new EnumMap<>(ScoreComponent.class);

    ScoreModel(List<ScoreBand> all) {
        for (ScoreComponent component : ScoreComponent.values()) {
            bands.put(component, all.stream().filter(b -> b.component() == component)
                    .sorted(Comparator.comparing(ScoreBand::from)).toList());
        }
        validate();
    }

    List<ScoreBand> bands(ScoreComponent component) {
        return bands.get(component);
    }

    List<ScoreBand> all() {
        List<ScoreBand> all = new ArrayList<>();
        bands.values().forEach(all::addAll);
        return all;
    }

    /** The points for a measure: those of the band containing it, 0 when no band does. */
    int points(ScoreComponent component, BigDecimal measure) {
        return bands.get(component).stream().filter(band -> band.contains(measure)).findFirst()
                .map(ScoreBand::points).orElse(0);
    }

    /** Ranges of one component must not overlap: an account must get one answer per component. */
    private void validate() {
        for (var entry : bands.entrySet()) {
            List<ScoreBand> sorted = entry.getValue();
            for (int i = 1; i < sorted.size(); i++) {
                ScoreBand previous = sorted.get(i - 1);
                ScoreBand band = sorted.get(i);
                if (previous.to() == null || previous.to().compareTo(band.from()) > 0) {
                    throw new IllegalArgumentException(entry.getKey().label() + ": the ranges "
                            + previous.rangeText() + " and " + band.rangeText() + " overlap.");
                }
            }
        }
    }

    /**
     * SQL that gives a component's points for a measure expression: a CASE over the bands, with the numbers
     * written as literals (they are the model's own BigDecimals, never user text).
     */
    String pointsSql(ScoreComponent component, String measureSql) {
        List<ScoreBand> list = bands.get(component);
        if (list.isEmpty()) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("(CASE");
        for (ScoreBand band : list) {
            sql.append(" WHEN ").append(measureSql).append(" >= ").append(band.from().toPlainString());
            if (band.to() != null) {
                sql.append(" AND ").append(measureSql).append(" < ").append(band.to().toPlainString());
            }
            sql.append(" THEN ").append(band.points());
        }
        return sql.append(" ELSE 0 END)").toString();
    }
}
