package app.settle.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreModelTest {

    private static ScoreBand band(ScoreComponent component, String from, String to, int points) {
        return new ScoreBand(component, new BigDecimal(from), to == null ? null : new BigDecimal(to), points);
    }

    private final ScoreModel model = new ScoreModel(List.of(
            band(ScoreComponent.BALANCE, "0", "500", 5),
            band(ScoreComponent.BALANCE, "500", "2000", 15),
            band(ScoreComponent.BALANCE, "2000", null, 25),
            band(ScoreComponent.PROMISES, "0", "1", 15),
            band(ScoreComponent.PROMISES, "2", null, -10)));

    @Test
    void aMeasureGetsThePointsOfTheRangeItFallsInWithTheLowerEndInclusiveAndTheUpperExclusive() {
        assertThat(model.points(ScoreComponent.BALANCE, new BigDecimal("499.99"))).isEqualTo(5);
        assertThat(model.points(ScoreComponent.BALANCE, new BigDecimal("500"))).isEqualTo(15);
        assertThat(model.points(ScoreComponent.BALANCE, new BigDecimal("2000"))).isEqualTo(25);
        assertThat(model.points(ScoreComponent.BALANCE, new BigDecimal("1000000"))).isEqualTo(25);
    }

    @Test
    void aMeasureNoRangeCoversGetsNoPointsAndAComponentWithoutRangesNone() {
        assertThat(model.points(ScoreComponent.PROMISES, BigDecimal.ONE)).isZero();
        assertThat(model.points(ScoreComponent.PROMISES, new BigDecimal("3"))).isEqualTo(-10);
        assertThat(model.points(ScoreComponent.CONTACTABILITY, BigDecimal.TEN)).isZero();
        assertThat(model.pointsSql(ScoreComponent.CONTACTABILITY, "w.usable_phones")).isEqualTo("0");
    }

    @Test
    void theSqlGivesTheSamePointsAsTheModel() {
        assertThat(model.pointsSql(ScoreComponent.BALANCE, "w.balance")).isEqualTo("(CASE"
                + " WHEN w.balance >= 0 AND w.balance < 500 THEN 5"
                + " WHEN w.balance >= 500 AND w.balance < 2000 THEN 15"
                + " WHEN w.balance >= 2000 THEN 25 ELSE 0 END)");
    }

    @Test
    void overlappingRangesOfOneComponentAreRefusedWithBothRanges() {
        assertThatThrownBy(() -> new ScoreModel(List.of(band(ScoreComponent.BALANCE, "0", "600", 5),
                band(ScoreComponent.BALANCE, "500", null, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Balance: the ranges 0 to under 600 and 500 and more overlap.");
        assertThatThrownBy(() -> band(ScoreComponent.DAYS_PAST_DUE, "30", "30", 5))
                .hasMessageContaining("must end above where it starts");
        assertThatThrownBy(() -> band(ScoreComponent.DAYS_PAST_DUE, "0", null, 101))
                .hasMessageContaining("between -100 and 100");
    }
}
