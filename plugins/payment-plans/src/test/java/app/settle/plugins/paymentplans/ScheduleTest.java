package app.settle.plugins.paymentplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 1, 31);

    @Test
    void equalInstalmentsAddUpToTheCentWithTheRestOnTheLast() {
        List<Schedule.Due> dues = Schedule.byCount(new BigDecimal("1000.00"), 3, Frequency.MONTHLY, FIRST);

        assertThat(dues).extracting(Schedule.Due::amount).containsExactly(new BigDecimal("333.33"),
                new BigDecimal("333.33"), new BigDecimal("333.34"));
        assertThat(Schedule.sum(dues)).isEqualByComparingTo("1000.00");
    }

    @Test
    void monthlyDatesKeepTheDayOfMonthWhereTheMonthHasIt() {
        List<Schedule.Due> dues = Schedule.byCount(new BigDecimal("90"), 3, Frequency.MONTHLY, FIRST);

        assertThat(dues).extracting(Schedule.Due::dueOn).containsExactly(LocalDate.of(2027, 1, 31),
                LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
    }

    @Test
    void weeklyAndBiweeklyStepBySevenAndFourteenDays() {
        assertThat(Schedule.byCount(new BigDecimal("30"), 3, Frequency.WEEKLY, FIRST))
                .extracting(Schedule.Due::dueOn).containsExactly(FIRST, FIRST.plusDays(7), FIRST.plusDays(14));
        assertThat(Schedule.byCount(new BigDecimal("30"), 2, Frequency.BIWEEKLY, FIRST))
                .extracting(Schedule.Due::dueOn).containsExactly(FIRST, FIRST.plusDays(14));
    }

    @Test
    void aFixedInstalmentAmountGivesASmallerLastInstalment() {
        List<Schedule.Due> dues = Schedule.byAmount(new BigDecimal("250.10"), new BigDecimal("100"),
                Frequency.WEEKLY, FIRST);

        assertThat(dues).extracting(Schedule.Due::amount).containsExactly(new BigDecimal("100"),
                new BigDecimal("100"), new BigDecimal("50.10"));
        assertThat(Schedule.sum(dues)).isEqualByComparingTo("250.10");
    }

    @Test
    void manyInstalmentsOfOddTotalsStillAddUpExactly() {
        for (int count = 1; count <= 52; count++) {
            BigDecimal total = new BigDecimal("1234.57");
            assertThat(Schedule.sum(Schedule.byCount(total, count, Frequency.WEEKLY, FIRST)))
                    .as("%d instalments", count).isEqualByComparingTo(total);
        }
    }

    @Test
    void instalmentsThatDoNotAddUpAreRefused() {
        List<Schedule.Due> dues = List.of(new Schedule.Due(1, FIRST, new BigDecimal("50")),
                new Schedule.Due(2, FIRST.plusMonths(1), new BigDecimal("49.99")));

        assertThatThrownBy(() -> Schedule.requireAddsUp(dues, new BigDecimal("100")))
                .isInstanceOf(PlanRefusedException.class).hasMessage(
                        "The instalments add up to 99.99, not to the total of 100.00.");
    }

    @Test
    void zeroNegativeAndFractionsOfACentAreRefused() {
        assertThatThrownBy(() -> Schedule.byCount(BigDecimal.ZERO, 2, Frequency.MONTHLY, FIRST))
                .isInstanceOf(PlanRefusedException.class).hasMessage("Amounts must be more than zero.");
        assertThatThrownBy(() -> Schedule.byCount(new BigDecimal("-5"), 2, Frequency.MONTHLY, FIRST))
                .isInstanceOf(PlanRefusedException.class);
        assertThatThrownBy(() -> Schedule.byCount(new BigDecimal("10.005"), 2, Frequency.MONTHLY, FIRST))
                .isInstanceOf(PlanRefusedException.class).hasMessage("Amounts are in whole cents.");
        assertThatThrownBy(() -> Schedule.byCount(new BigDecimal("0.05"), 10, Frequency.MONTHLY, FIRST))
                .isInstanceOf(PlanRefusedException.class).hasMessageContaining("less than one cent");
    }
}
