package app.settle.plugins.paymentplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Guardrails: what is refused, what a collector may agree alone, what goes to a supervisor. */
class ReviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final BigDecimal BALANCE = new BigDecimal("1200.00");
    private static final Guardrails G = Guardrails.DEFAULTS; // $25 or 5%, 30 days, 12 months, floor 60%, 3 payments

    private static Proposal promise(String amount, LocalDate on) {
        return new Proposal(Kind.PROMISE, new BigDecimal(amount), null, 1, null, on, "Check", null);
    }

    private static Proposal plan(Kind kind, String total, int count, LocalDate first) {
        return new Proposal(kind, new BigDecimal(total), Frequency.MONTHLY, count, null, first, "ACH", null);
    }

    @Test
    void aPromiseWithinTheGuardrailsNeedsNoApproval() {
        Review.Outcome outcome = Review.check(promise("200", TODAY.plusDays(30)), BALANCE, G, TODAY);

        assertThat(outcome.needsApproval()).isFalse();
        assertThat(outcome.schedule()).singleElement().satisfies(d -> {
            assertThat(d.amount()).isEqualByComparingTo("200");
            assertThat(d.dueOn()).isEqualTo(TODAY.plusDays(30));
        });
    }

    @Test
    void aPromiseBelowTheMinimumOrTooFarOutIsRefused() {
        // 5% of 1,200 is 60, more than the $25 minimum
        assertThatThrownBy(() -> Review.check(promise("59.99", TODAY), BALANCE, G, TODAY))
                .isInstanceOf(PlanRefusedException.class).hasMessageStartingWith("A promise must be at least 60.00");
        assertThat(Review.check(promise("60", TODAY), BALANCE, G, TODAY).needsApproval()).isFalse();
        assertThatThrownBy(() -> Review.check(promise("100", TODAY.plusDays(31)), BALANCE, G, TODAY))
                .isInstanceOf(PlanRefusedException.class).hasMessage("A promise may be at most 30 days out.");
    }

    @Test
    void badInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Review.check(promise("0", TODAY), BALANCE, G, TODAY))
                .hasMessage("The amount must be more than zero.");
        assertThatThrownBy(() -> Review.check(promise("-1", TODAY), BALANCE, G, TODAY))
                .hasMessage("The amount must be more than zero.");
        assertThatThrownBy(() -> Review.check(promise("1200.01", TODAY), BALANCE, G, TODAY))
                .hasMessage("The amount is more than the balance of 1,200.00.");
        assertThatThrownBy(() -> Review.check(promise("100", TODAY.minusDays(1)), BALANCE, G, TODAY))
                .hasMessage("The date 22 Nov 2026 is in the past.");
    }

    @Test
    void aTwelveMonthPlanOfTheBalanceIsWithinTheGuardrails() {
        Review.Outcome outcome = Review.check(plan(Kind.PLAN, "1200", 12, TODAY.plusDays(7)), BALANCE, G, TODAY);

        assertThat(outcome.needsApproval()).isFalse();
        assertThat(outcome.schedule()).hasSize(12);
    }

    @Test
    void aPlanOutsideTheGuardrailsGoesToASupervisor() {
        Review.Outcome longPlan = Review.check(plan(Kind.PLAN, "1200", 24, TODAY.plusDays(7)), BALANCE, G, TODAY);
        assertThat(longPlan.approvalReasons()).singleElement().asString().contains("limit 12 months");

        Review.Outcome smallInstalments = Review.check(plan(Kind.PLAN, "240", 12, TODAY), BALANCE, G, TODAY);
        assertThat(smallInstalments.approvalReasons()).singleElement().asString()
                .isEqualTo("instalments of 20.00 (minimum 25.00)");

        Review.Outcome lateStart = Review.check(plan(Kind.PLAN, "1200", 6, TODAY.plusDays(45)), BALANCE, G, TODAY);
        assertThat(lateStart.approvalReasons()).singleElement().asString().contains("45 days out");
    }

    @Test
    void aSettlementAtTheFloorIsAllowedAndBelowItNeedsApproval() {
        assertThat(Review.floor(BALANCE, G)).isEqualByComparingTo("720.00");
        assertThat(Review.check(plan(Kind.SETTLEMENT, "720", 1, TODAY), BALANCE, G, TODAY).needsApproval()).isFalse();

        Review.Outcome below = Review.check(plan(Kind.SETTLEMENT, "719.99", 1, TODAY), BALANCE, G, TODAY);
        assertThat(below.approvalReasons()).singleElement().asString()
                .isEqualTo("settlement of 719.99 is below the floor of 720.00 (60%)");

        Review.Outcome tooLong = Review.check(plan(Kind.SETTLEMENT, "900", 4, TODAY), BALANCE, G, TODAY);
        assertThat(tooLong.approvalReasons()).singleElement().asString()
                .isEqualTo("settlement in 4 payments (limit 3)");
    }
}
