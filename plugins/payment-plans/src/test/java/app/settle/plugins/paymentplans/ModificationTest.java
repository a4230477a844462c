package app.settle.plugins.paymentplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Changing a plan's schedule: what is accepted and what is refused, with the message the collector reads. */
class ModificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Money BALANCE = Money.of("900.00", "USD");

    /** $900 in three monthly instalments of $300; the first is paid in full. */
    private static Arrangement plan(Status status) {
        List<Arrangement.Instalment> instalments = List.of(
                instalment(1, TODAY.minusDays(10), "300.00", "300.00", Judge.InstalmentState.KEPT),
                instalment(2, TODAY.plusDays(20), "300.00", "0", Judge.InstalmentState.PENDING),
                instalment(3, TODAY.plusDays(50), "300.00", "0", Judge.InstalmentState.PENDING));
        return new Arrangement(7, 1, Kind.PLAN, status, Money.of("900.00", "USD"), BALANCE, Frequency.MONTHLY, "ACH",
                null, null, null, null, null, "collector", LocalDateTime.of(2026, 10, 1, 9, 0), 0, instalments);
    }

    private static Arrangement.Instalment instalment(int seq, LocalDate due, String amount, String paid,
                                                     Judge.InstalmentState state) {
        return new Arrangement.Instalment(seq, seq, due, new BigDecimal(amount), new BigDecimal(paid), state);
    }

    private static Schedule.Due due(int seq, LocalDate on, String amount) {
        return new Schedule.Due(seq, on, amount == null ? null : new BigDecimal(amount));
    }

    @Test
    void theUnpaidInstalmentsAreWhatMayChangeAndWhatIsLeftToPay() {
        assertThat(Modification.changeable(plan(Status.CURRENT))).extracting(Arrangement.Instalment::seq)
                .containsExactly(2, 3);
        assertThat(Modification.remaining(plan(Status.CURRENT))).isEqualByComparingTo("600.00");
    }

    @Test
    void datesMoveAndAmountsShiftWhenTheyStillAddUp() {
        List<Schedule.Due> after = Modification.check(plan(Status.LATE), Map.of(
                2, due(2, TODAY, "150.00"), 3, due(3, TODAY.plusDays(80), "450.00")), BALANCE, TODAY);

        assertThat(after).containsExactly(due(1, TODAY.minusDays(10), "300.00"), due(2, TODAY, "150.00"),
                due(3, TODAY.plusDays(80), "450.00"));
    }

    @Test
    void instalmentsThatDoNotAddUpAreRefusedWithTheDifference() {
        Arrangement plan = plan(Status.CURRENT);
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY.plusDays(20), "250.00")),
                BALANCE, TODAY)).isInstanceOf(PlanRefusedException.class).hasMessage(
                "The instalments come to $250.00 but must add up to $300.00, what is left of the $900.00 total"
                        + " ($50.00 short).");
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY.plusDays(20), "300.00"),
                3, due(3, TODAY.plusDays(50), "300.01")), BALANCE, TODAY)).hasMessage(
                "The instalments come to $600.01 but must add up to $600.00, what is left of the $900.00 total"
                        + " ($0.01 too much).");
    }

    @Test
    void badAmountsAndDatesAreRefused() {
        Arrangement plan = plan(Status.CURRENT);
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY, "0")), BALANCE, TODAY))
                .hasMessage("The amount of instalment 2 must be more than zero.");
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY, null)), BALANCE, TODAY))
                .hasMessage("The amount of instalment 2 must be more than zero.");
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY, "100.001")), BALANCE, TODAY))
                .hasMessage("The amount of instalment 2 must be in whole cents.");
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY, "900.01")), BALANCE, TODAY))
                .hasMessage("The amount of instalment 2 is more than the balance of $900.00.");
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY.minusDays(1), "300.00")), BALANCE,
                TODAY)).hasMessage("The date of instalment 2, 22 Nov 2026, is in the past.");
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, null, "300.00")), BALANCE, TODAY))
                .hasMessage("Give the date of instalment 2.");
        assertThatThrownBy(() -> Modification.check(plan, Map.of(2, due(2, TODAY.plusDays(60), "300.00")), BALANCE,
                TODAY)).hasMessage("Instalment 3 is due before instalment 2: keep the dates in order.");
    }

    @Test
    void aPaidInstalmentOrAnArrangementThatIsNotRunningCannotChange() {
        assertThatThrownBy(() -> Modification.check(plan(Status.CURRENT), Map.of(1, due(1, TODAY, "300.00")),
                BALANCE, TODAY)).hasMessage("Instalment 1 is already (partly) paid: it cannot change.");
        assertThatThrownBy(() -> Modification.check(plan(Status.PENDING_APPROVAL),
                Map.of(2, due(2, TODAY, "300.00")), BALANCE, TODAY))
                .hasMessageStartingWith("Only a current or late arrangement can be changed; this one is ");
    }

    @Test
    void anOverdueDateThatIsLeftAsItWasIsNoReasonToRefuse() {
        List<Arrangement.Instalment> overdue = List.of(
                instalment(1, TODAY.minusDays(5), "450.00", "0", Judge.InstalmentState.BROKEN),
                instalment(2, TODAY.plusDays(25), "450.00", "0", Judge.InstalmentState.PENDING));
        Arrangement late = new Arrangement(8, 1, Kind.PLAN, Status.LATE, Money.of("900.00", "USD"), BALANCE,
                Frequency.MONTHLY, "ACH", null, null, null, null, null, "collector", LocalDateTime.of(2026, 10, 1, 9, 0),
                0, overdue);

        assertThat(Modification.check(late, Map.of(1, due(1, TODAY.minusDays(5), "400.00"),
                2, due(2, TODAY.plusDays(25), "500.00")), BALANCE, TODAY)).extracting(Schedule.Due::amount)
                .containsExactly(new BigDecimal("400.00"), new BigDecimal("500.00"));
    }
}
