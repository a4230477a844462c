package app.settle.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.core.AgingBucket;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueDefinitionTest {

    private static QueueDefinition queue(Set<String> states, BigDecimal min, BigDecimal max, Integer scoreMin,
                                         Integer scoreMax) {
        return new QueueDefinition(null, "Early stage NY", 1, false, Set.of(AgingBucket.DAYS_1_30), min, max,
                Set.of("ACTIVE"), states, Set.of(), scoreMin, scoreMax, 1, 7, true, QueueRanking.WEIGHTED,
                Weights.EVEN, 0);
    }

    @Test
    void describesItsFiltersInWords() {
        assertThat(queue(Set.of("NY"), new BigDecimal("500"), null, 40, null).describe()).isEqualTo(
                "aging 1–30 · balance from $500 · Active · states NY · score from 40 · at least 1 broken promise"
                        + " · no contact for 7+ days · no holds");
        assertThat(QueueDefinition.starter("All", 1, true).describe()).isEqualTo("Active · no holds");
    }

    @Test
    void refusesDefinitionsThatCannotHoldAnythingWithAMessageForPeople() {
        assertThatThrownBy(() -> queue(Set.of("New York"), null, null, null, null))
                .hasMessage("States are two-letter codes such as NY: New York");
        assertThatThrownBy(() -> queue(Set.of(), new BigDecimal("900"), new BigDecimal("100"), null, null))
                .hasMessage("The lowest balance is above the highest.");
        assertThatThrownBy(() -> queue(Set.of(), null, null, 80, 20)).hasMessage("The lowest score is above the highest.");
        assertThatThrownBy(() -> new Weights(1, 11, 1, 1, 1)).hasMessage("Weights are whole numbers from 0 to 10.");
    }

    @Test
    void theWeightedRankAddsWeightedPointsAndRecencyFavoursAccountsNotContactedLately() {
        Weights balanceHeavy = new Weights(3, 1, 0, 0, 1);
        assertThat(balanceHeavy.rankPoints(25, 15, 90, 15, 20)).isEqualTo(3 * 25 + 15 + 20);
        assertThat(Weights.recencyPoints(null)).isEqualTo(20);
        assertThat(Weights.recencyPoints(30L)).isEqualTo(20);
        assertThat(Weights.recencyPoints(7L)).isEqualTo(10);
        assertThat(Weights.recencyPoints(6L)).isZero();
    }
}
