package app.settle.portal.payments;

import static app.settle.api.db.Tables.PAYMENT;
import static app.settle.portal.payments.PaymentFixtures.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.core.AccountNotVisibleException;
import app.settle.portal.audit.AuditRecord;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.testing.DomainTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Working the suspense queue: matching payments to accounts, rejecting them, and who may do it. */
class SuspenseQueueTest extends DomainTest {

    @Autowired
    PaymentPosting posting;
    @Autowired
    SuspenseQueue queue;
    @Autowired
    AuditTrail audit;

    PaymentFixtures payments;
    long waitingId;
    String waitingRef;

    @BeforeEach
    void aPaymentInSuspense() {
        payments = new PaymentFixtures(dsl);
        PaymentFixtures.ensureEastSupervisor(users, fixtures);
        waitingRef = ref("SUS");
        waitingId = posting.post(payment(waitingRef, ref("TYPO"), "75.50", LocalDate.of(2026, 11, 12)), null,
                "admin").paymentId();
    }

    @Test
    void matchingPostsToTheChosenAccountAndAuditsWhoDidIt() {
        long accountId = fixtures.account(ref("ACC")).balance("500").create().accountId();
        signIn("admin");
        assertThat(queue.waiting(waitingId - 1, 10)).extracting(SuspenseItem::externalRef).contains(waitingRef);

        assertThat(queue.match(waitingId, accountId).format()).isEqualTo("$424.50");

        assertThat(payments.balance(accountId)).isEqualByComparingTo("424.50");
        var stored = dsl.fetchSingle(PAYMENT, PAYMENT.ID.eq(waitingId));
        assertThat(stored.getStatus()).isEqualTo("POSTED");
        assertThat(stored.getAccountId()).isEqualTo(accountId);
        AuditRecord row = audit.forEntity("payment", Long.toString(waitingId), 5).getFirst();
        assertThat(row.action()).isEqualTo("PAYMENT_MATCHED");
        assertThat(row.actor()).isEqualTo("admin");
        assertThat(queue.waiting(waitingId - 1, 10)).extracting(SuspenseItem::id).doesNotContain(waitingId);
        assertThatThrownBy(() -> queue.match(waitingId, accountId)).isInstanceOf(PaymentRefusedException.class)
                .hasMessageStartingWith("This payment is no longer in suspense");
        assertThat(payments.balance(accountId)).as("matched once only").isEqualByComparingTo("424.50");
    }

    @Test
    void aSupervisorCannotMatchToAnotherTeamsAccount() {
        long west = fixtures.account(ref("WEST")).team("West Coast Recovery").create().accountId();
        signIn(PaymentFixtures.EAST_SUPERVISOR);

        assertThatThrownBy(() -> queue.match(waitingId, west)).isInstanceOf(AccountNotVisibleException.class);

        assertThat(dsl.fetchSingle(PAYMENT, PAYMENT.ID.eq(waitingId)).getStatus()).isEqualTo("SUSPENSE");
        assertThat(payments.balance(west)).isEqualByComparingTo("1250.00");
    }

    @Test
    void anAccountThatRefusesThePaymentLeavesItInSuspense() {
        long small = fixtures.account(ref("SMALL")).balance("20").create().accountId();
        signIn("supervisor");

        assertThatThrownBy(() -> queue.match(waitingId, small)).isInstanceOf(PaymentRefusedException.class)
                .hasMessageContaining("Overpayment: $75.50 is more than the balance of $20.00")
                .hasMessageEndingWith("The payment stays in suspense.");
        assertThat(dsl.fetchSingle(PAYMENT, PAYMENT.ID.eq(waitingId)).getStatus()).isEqualTo("SUSPENSE");
    }

    @Test
    void rejectingNeedsAReasonAndIsAudited() {
        signIn("supervisor");
        assertThatThrownBy(() -> queue.reject(waitingId, " ")).isInstanceOf(PaymentRefusedException.class);

        queue.reject(waitingId, "Not one of our debtors");

        var stored = dsl.fetchSingle(PAYMENT, PAYMENT.ID.eq(waitingId));
        assertThat(stored.getStatus()).isEqualTo("REJECTED");
        assertThat(stored.getStatusReason()).isEqualTo("Rejected from suspense by supervisor: Not one of our debtors");
        assertThat(audit.forEntity("payment", Long.toString(waitingId), 5).getFirst().actor()).isEqualTo("supervisor");
    }

    @Test
    void collectorsDoNotWorkTheQueue() {
        long accountId = fixtures.account(ref("ACC")).create().accountId();
        signIn("collector");

        assertThatThrownBy(() -> queue.match(waitingId, accountId)).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> queue.waiting(0, 10)).isInstanceOf(SecurityException.class);
    }
}
