package app.settle.portal.payments;

import static app.settle.portal.payments.PaymentFixtures.payment;
import static app.settle.portal.payments.PaymentFixtures.reversal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.portal.testing.DomainTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reconciliation report of a payment file: counts, totals and the control total check. */
class ReconciliationTest extends DomainTest {

    static final LocalDate PAID_ON = LocalDate.of(2026, 11, 15);

    @Autowired
    PaymentPosting posting;
    @Autowired
    Reconciliation reconciliation;

    PaymentFixtures payments;
    String accountRef;

    @BeforeEach
    void anAccount() {
        payments = new PaymentFixtures(dsl);
        accountRef = ref("REC");
        fixtures.account(accountRef).balance("1000").create();
    }

    @Test
    void countsEachOutcomeAndAgreesWithAMatchingControlTotal() {
        String earlier = ref("P");
        posting.post(payment(earlier, accountRef, "40.00", PAID_ON), null, "admin");
        long batch = payments.paymentFile("payments-agree.csv", "585.25");

        post(batch, payment(ref("P"), accountRef, "100.00", PAID_ON));
        post(batch, payment(ref("P"), accountRef, "200.25", PAID_ON));
        post(batch, payment(ref("P"), "NOBODY-" + accountRef, "45.00", PAID_ON));
        post(batch, reversal(ref("R"), "UNKNOWN-" + accountRef, "200.00"));
        post(batch, payment(earlier, accountRef, "40.00", PAID_ON));

        ReconciliationReport report = reconciliation.forBatch(batch);

        assertThat(report.fileName()).isEqualTo("payments-agree.csv");
        assertThat(report.matched()).isEqualTo(2);
        assertThat(report.matchedTotal()).isEqualByComparingTo("300.25");
        assertThat(report.inSuspense()).isEqualTo(1);
        assertThat(report.suspenseTotal()).isEqualByComparingTo("45.00");
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.rejectedTotal()).isEqualByComparingTo("200.00");
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.fileTotal()).isEqualByComparingTo("585.25");
        assertThat(report.totalsAgree()).isTrue();
    }

    @Test
    void aControlTotalThatDiffersIsReported() {
        long batch = payments.paymentFile("payments-differ.csv", "150.00");
        post(batch, payment(ref("P"), accountRef, "100.00", PAID_ON));

        ReconciliationReport report = reconciliation.forBatch(batch);

        assertThat(report.fileTotal()).isEqualByComparingTo("100.00");
        assertThat(report.controlTotal()).isEqualByComparingTo("150.00");
        assertThat(report.totalsAgree()).isFalse();
    }

    @Test
    void aFileWithoutControlTotalHasNothingToDisagreeWith() {
        long batch = payments.paymentFile("payments-plain.csv", null);
        post(batch, payment(ref("P"), accountRef, "10.00", PAID_ON));

        ReconciliationReport report = reconciliation.forBatch(batch);

        assertThat(report.controlTotal()).isNull();
        assertThat(report.totalsAgree()).isTrue();
        assertThat(report.inSuspense()).isZero();
        assertThat(report.suspenseTotal()).isEqualByComparingTo("0");
    }

    @Test
    void anUnknownBatchIsRefused() {
        assertThatThrownBy(() -> reconciliation.forBatch(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no payment file -1");
    }

    private void post(long batch, IncomingPayment payment) {
        posting.post(payment, batch, "admin");
    }
}
