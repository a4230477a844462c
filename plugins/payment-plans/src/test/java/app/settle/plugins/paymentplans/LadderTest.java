package app.settle.plugins.paymentplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);

    @Test
    void walksDownFromPayInFullToTheFloorWithWhatEachCostsPerInstalment() {
        List<Ladder.Rung> rungs = Ladder.offers(new BigDecimal("1000.00"), Guardrails.DEFAULTS, FIRST);

        assertThat(rungs).extracting(Ladder.Rung::label).containsExactly("Pay in full", "Plan over 3 months",
                "Plan over 6 months", "Plan over 12 months", "Settle at 60%");
        assertThat(rungs.get(1).perInstalment()).isEqualByComparingTo("333.33");
        assertThat(rungs.get(1).last()).isEqualByComparingTo("333.34");
        assertThat(rungs.get(3).perInstalment()).isEqualByComparingTo("83.33");
        assertThat(rungs.get(4).total()).isEqualByComparingTo("600.00");
        assertThat(rungs.get(4).kind()).isEqualTo(Kind.SETTLEMENT);
    }

    @Test
    void leavesOutPlansLongerThanAllowedOrWithInstalmentsBelowTheMinimum() {
        Guardrails sixMonths = new Guardrails(new BigDecimal("25"), new BigDecimal("5"), 30, 6,
                new BigDecimal("70"), 3, 3, 2);

        assertThat(Ladder.offers(new BigDecimal("120"), sixMonths, FIRST)).extracting(Ladder.Rung::label)
                .containsExactly("Pay in full", "Plan over 3 months", "Settle at 70%");
    }

    @Test
    void noBalanceNoOffers() {
        assertThat(Ladder.offers(BigDecimal.ZERO, Guardrails.DEFAULTS, FIRST)).isEmpty();
    }
}
