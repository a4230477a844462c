package app.settle.plugins.paymentplans;

import static app.settle.plugins.paymentplans.Judge.InstalmentState.BROKEN;
import static app.settle.plugins.paymentplans.Judge.InstalmentState.KEPT;
import static app.settle.plugins.paymentplans.Judge.InstalmentState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kept and broken at the grace boundary, and what that makes of a plan. */
class JudgeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final BigDecimal AMOUNT = new BigDecimal("100");

    @Test
    void unpaidIsPendingThroughTheLastDayOfGraceAndBrokenTheDayAfter() {
        assertThat(Judge.instalment(AMOUNT, BigDecimal.ZERO, DUE, DUE, 3)).isEqualTo(PENDING);
        assertThat(Judge.instalment(AMOUNT, BigDecimal.ZERO, DUE, DUE.plusDays(3), 3)).isEqualTo(PENDING);
        assertThat(Judge.instalment(AMOUNT, BigDecimal.ZERO, DUE, DUE.plusDays(4), 3)).isEqualTo(BROKEN);
        assertThat(Judge.instalment(AMOUNT, BigDecimal.ZERO, DUE, DUE.plusDays(1), 0)).isEqualTo(BROKEN);
    }

    @Test
    void partlyPaidAfterGraceIsBrokenAndPaidInFullIsKeptEvenLate() {
        assertThat(Judge.instalment(AMOUNT, new BigDecimal("99.99"), DUE, DUE.plusDays(4), 3)).isEqualTo(BROKEN);
        assertThat(Judge.instalment(AMOUNT, AMOUNT, DUE, DUE.plusDays(40), 3)).isEqualTo(KEPT);
        assertThat(Judge.instalment(AMOUNT, AMOUNT, DUE, DUE.minusDays(5), 3)).isEqualTo(KEPT);
    }

    @Test
    void aPlanIsCurrentLateDefaultedOrCompletedByItsInstalments() {
        assertThat(Judge.arrangement(List.of(KEPT, PENDING, PENDING), 2)).isEqualTo(Status.CURRENT);
        assertThat(Judge.arrangement(List.of(KEPT, BROKEN, PENDING), 2)).isEqualTo(Status.LATE);
        assertThat(Judge.arrangement(List.of(BROKEN, BROKEN, PENDING), 2)).isEqualTo(Status.DEFAULTED);
        assertThat(Judge.arrangement(List.of(KEPT, KEPT, KEPT), 2)).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aSinglePromiseIsKeptOrBroken() {
        assertThat(Judge.arrangement(List.of(BROKEN), 2)).isEqualTo(Status.DEFAULTED);
        assertThat(Status.DEFAULTED.label(Kind.PROMISE)).isEqualTo("Broken");
        assertThat(Status.COMPLETED.label(Kind.PROMISE)).isEqualTo("Kept");
    }
}
