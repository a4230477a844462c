package app.settle.plugins.paymentplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact, partial and over payments; a payment goes to the next due instalment first. */
class AllocationTest {

    private static final List<Allocation.Open> PLAN = List.of(
            new Allocation.Open(1, new BigDecimal("100"), new BigDecimal("100")),
            new Allocation.Open(2, new BigDecimal("100"), new BigDecimal("30")),
            new Allocation.Open(3, new BigDecimal("100"), BigDecimal.ZERO));

    @Test
    void anExactPaymentSettlesTheNextDueInstalment() {
        Allocation.Result result = Allocation.allocate(new BigDecimal("70"), PLAN);

        assertThat(result.shares()).containsExactly(new Allocation.Share(2, new BigDecimal("70")));
        assertThat(result.unallocated()).isEqualByComparingTo("0");
    }

    @Test
    void aPartialPaymentReducesTheNextDueInstalment() {
        Allocation.Result result = Allocation.allocate(new BigDecimal("20"), PLAN);

        assertThat(result.shares()).containsExactly(new Allocation.Share(2, new BigDecimal("20")));
    }

    @Test
    void anOverpaymentRunsOnAndTheRestIsLeftUnallocated() {
        Allocation.Result result = Allocation.allocate(new BigDecimal("250"), PLAN);

        assertThat(result.shares()).containsExactly(new Allocation.Share(2, new BigDecimal("70")),
                new Allocation.Share(3, new BigDecimal("100")));
        assertThat(result.unallocated()).isEqualByComparingTo("80");
    }
}
