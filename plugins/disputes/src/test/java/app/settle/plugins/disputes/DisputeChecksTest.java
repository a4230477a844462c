package app.settle.plugins.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputeChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final AccountFacts ACCOUNT = new AccountFacts(1, "ACC-1", 7, "ACTIVE", Money.of("1250.00", "USD"),
            LocalDate.of(2026, 11, 1), "Pat Doe");

    @Test
    void aCompletePartialDisputeWithinTheBalanceIsAccepted() {
        assertThat(DisputeChecks.refusal(partial("200.00"), ACCOUNT, TODAY, List.of())).isNull();
        assertThat(DisputeChecks.refusal(partial("1250.00"), ACCOUNT, TODAY, List.of())).isNull();
        assertThat(DisputeChecks.disputedAmount(partial("200.00"), ACCOUNT)).isEqualTo(Money.of("200.00", "USD"));
        assertThat(DisputeChecks.disputedAmount(whole(), ACCOUNT)).isEqualTo(Money.of("1250.00", "USD"));
    }

    @Test
    void anAmountAboveTheBalanceOrNotPositiveIsRefused() {
        assertThat(DisputeChecks.refusal(partial("1250.01"), ACCOUNT, TODAY, List.of()))
                .isEqualTo("The disputed amount $1,250.01 is more than the balance of $1,250.00.");
        assertThat(DisputeChecks.refusal(partial("0"), ACCOUNT, TODAY, List.of()))
                .isEqualTo("The disputed amount must be more than zero.");
        assertThat(DisputeChecks.refusal(partial("-5"), ACCOUNT, TODAY, List.of()))
                .isEqualTo("The disputed amount must be more than zero.");
        assertThat(DisputeChecks.refusal(partial("1.005"), ACCOUNT, TODAY, List.of()))
                .isEqualTo("The disputed amount has at most two decimals (cents).");
        assertThat(DisputeChecks.refusal(partial(null), ACCOUNT, TODAY, List.of()))
                .isEqualTo("Enter the disputed amount, or choose the whole debt.");
    }

    @Test
    void aReceivedDateInTheFutureIsRefused() {
        NewDispute tomorrow = new NewDispute(1, DisputeReason.WRONG_AMOUNT, true, null, ReceivedVia.WRITTEN,
                TODAY.plusDays(1), null);

        assertThat(DisputeChecks.refusal(tomorrow, ACCOUNT, TODAY, List.of()))
                .isEqualTo("The received date 24 Nov 2026 is in the future: enter the day the dispute reached us.");
    }

    @Test
    void missingReasonOrChannelIsRefused() {
        assertThat(DisputeChecks.refusal(new NewDispute(1, null, true, null, ReceivedVia.ORAL, TODAY, null), ACCOUNT,
                TODAY, List.of())).isEqualTo("Choose the reason the debtor gives for the dispute.");
        assertThat(DisputeChecks.refusal(new NewDispute(1, DisputeReason.OTHER, true, null, null, TODAY, null), ACCOUNT,
                TODAY, List.of())).isEqualTo("Say whether the dispute was received in writing or orally.");
    }

    @Test
    void aSecondOpenDisputeOnTheSameAmountIsRefused() {
        List<Dispute> open = List.of(open(false, "200.00"));

        assertThat(DisputeChecks.refusal(partial("200.00"), ACCOUNT, TODAY, open))
                .startsWith("This account already has an open dispute of the same amount, $200.00");
        assertThat(DisputeChecks.refusal(whole(), ACCOUNT, TODAY, open))
                .startsWith("This account already has an open dispute of $200.00");
        assertThat(DisputeChecks.refusal(partial("300.00"), ACCOUNT, TODAY, open)).isNull();
        assertThat(DisputeChecks.refusal(partial("300.00"), ACCOUNT, TODAY, List.of(open(true, "1250.00"))))
                .startsWith("This account already has an open dispute of the whole debt");
    }

    @Test
    void aResolutionWithoutAReasonIsRefused() {
        assertThat(DisputeChecks.reasonRefusal("  ")).startsWith("Give the reason for this resolution");
        assertThat(DisputeChecks.reasonRefusal(null)).startsWith("Give the reason for this resolution");
        assertThat(DisputeChecks.reasonRefusal("x".repeat(1001))).isEqualTo("The reason is at most 1,000 characters.");
        assertThat(DisputeChecks.reasonRefusal("Creditor confirmed the charge")).isNull();
    }

    private static NewDispute partial(String amount) {
        return new NewDispute(1, DisputeReason.WRONG_AMOUNT, false, amount == null ? null : new BigDecimal(amount),
                ReceivedVia.WRITTEN, TODAY, "The interest is wrong");
    }

    private static NewDispute whole() {
        return new NewDispute(1, DisputeReason.NOT_MY_DEBT, true, null, ReceivedVia.WRITTEN, TODAY, null);
    }

    private static Dispute open(boolean whole, String amount) {
        return new Dispute(5, 1, "ACC-1", 7, "Pat Doe", DisputeReason.WRONG_AMOUNT, whole, Money.of(amount, "USD"),
                ReceivedVia.WRITTEN, TODAY.minusDays(2), null, null, true, TODAY.plusDays(28), DisputeStatus.OPEN, 3L,
                null, "collector", Instant.parse("2026-11-21T15:00:00Z"), null, null, null, null, null, null, null,
                null, null, 0);
    }
}
