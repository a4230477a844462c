package app.settle.portal.payments;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.PAYMENT;
import static app.settle.api.db.Tables.TIMELINE_ENTRY;
import static app.settle.portal.payments.PaymentFixtures.payment;
import static app.settle.portal.payments.PaymentFixtures.reversal;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.audit.AuditRecord;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.testing.DomainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Posting payments and reversals to accounts, against the real database. */
class PaymentPostingTest extends DomainTest {

    static final LocalDate NOV_10 = LocalDate.of(2026, 11, 10);

    @Autowired
    PaymentPosting posting;
    @Autowired
    AuditTrail audit;

    PaymentFixtures payments;
    String accountRef;
    long accountId;

    @BeforeEach
    void anAccountOwing1250() {
        payments = new PaymentFixtures(dsl);
        accountRef = ref("PAY");
        accountId = fixtures.account(accountRef).balance("1250.00").create().accountId();
    }

    @Test
    void aPaymentReducesTheBalanceAndSetsTheLastPaymentDate() {
        int versionBefore = payments.account(accountId).get(ACCOUNT.VERSION);

        PostingResult result = posting.post(payment(ref("P"), accountRef, "200.00", NOV_10), null, "admin");

        assertThat(result.outcome()).isEqualTo(PostingOutcome.POSTED);
        assertThat(result.accountId()).isEqualTo(accountId);
        Record account = payments.account(accountId);
        assertThat(account.get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("1050.00");
        assertThat(account.get(ACCOUNT.PAID_TOTAL)).isEqualByComparingTo("200.00");
        assertThat(account.get(ACCOUNT.LAST_PAYMENT_DATE)).isEqualTo(NOV_10);
        assertThat(account.get(ACCOUNT.VERSION)).isEqualTo(versionBefore + 1);
        assertThat(timelineTitles()).containsExactly("Payment received $200.00 by ACH");
        AuditRecord row = audit.forEntity("payment", result.paymentId().toString(), 5).getFirst();
        assertThat(row.action()).isEqualTo("PAYMENT_POSTED");
        assertThat(row.actor()).isEqualTo("admin");
        assertThat(row.before()).contains("\"balance\":1250.0000");
        assertThat(row.after()).contains("\"balance\":1050.0000");
    }

    @Test
    void anOlderPaymentDoesNotMoveTheLastPaymentDateBack() {
        posting.post(payment(ref("P"), accountRef, "100", NOV_10), null, "admin");
        posting.post(payment(ref("P"), accountRef, "100", NOV_10.minusDays(30)), null, "admin");

        assertThat(payments.account(accountId).get(ACCOUNT.LAST_PAYMENT_DATE)).isEqualTo(NOV_10);
        assertThat(payments.balance(accountId)).isEqualByComparingTo("1050.00");
    }

    @Test
    void postingTheSameReferenceAgainChangesNothing() {
        String ref = ref("P");
        PostingResult first = posting.post(payment(ref, accountRef, "200.00", NOV_10), null, "admin");

        PostingResult again = posting.post(payment(ref, accountRef, "200.00", NOV_10), null, "admin");

        assertThat(again.outcome()).isEqualTo(PostingOutcome.DUPLICATE);
        assertThat(again.paymentId()).isEqualTo(first.paymentId());
        assertThat(payments.balance(accountId)).isEqualByComparingTo("1050.00");
        assertThat(dsl.fetchCount(PAYMENT, PAYMENT.EXTERNAL_REF.eq(ref))).isEqualTo(1);
        assertThat(timelineTitles()).hasSize(1);
    }

    @Test
    void payingTheWholeBalanceMarksTheAccountPaidAndAReversalRestoresIt() {
        String paymentRef = ref("P");
        posting.post(payment(paymentRef, accountRef, "250.00", NOV_10.minusDays(20)), null, "admin");
        posting.post(payment(ref("P"), accountRef, "1000.00", NOV_10), null, "admin");
        assertThat(payments.account(accountId).get(ACCOUNT.STATUS)).isEqualTo("PAID");
        assertThat(payments.account(accountId).get(ACCOUNT.RESOLVED_AT)).as("when it left ACTIVE").isNotNull();

        PostingResult result = posting.post(reversal(ref("R"), findRefPaidOn(NOV_10), "1000.00"), null, "admin");

        assertThat(result.outcome()).isEqualTo(PostingOutcome.POSTED);
        Record account = payments.account(accountId);
        assertThat(account.get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("1000.00");
        assertThat(account.get(ACCOUNT.PAID_TOTAL)).isEqualByComparingTo("250.00");
        assertThat(account.get(ACCOUNT.STATUS)).isEqualTo("ACTIVE");
        assertThat(account.get(ACCOUNT.RESOLVED_AT)).isNull();
        assertThat(account.get(ACCOUNT.LAST_PAYMENT_DATE)).as("of the payment that stands").isEqualTo(
                NOV_10.minusDays(20));
        var stored = dsl.selectFrom(PAYMENT).where(PAYMENT.ID.eq(result.paymentId())).fetchSingle();
        assertThat(stored.getKind()).isEqualTo("REVERSAL");
        assertThat(stored.getReversesPaymentId()).isNotNull();
        assertThat(timelineTitles()).contains("Payment reversed: $1,000.00 returned");
        assertThat(audit.forEntity("payment", result.paymentId().toString(), 5).getFirst().action())
                .isEqualTo("PAYMENT_REVERSED");
    }

    @Test
    void aReversalTakesBackNoMoreThanWasPaid() {
        String paymentRef = ref("P");
        posting.post(payment(paymentRef, accountRef, "300.00", NOV_10), null, "admin");

        assertThat(posting.post(reversal(ref("R"), paymentRef, "100.00"), null, "admin").outcome())
                .as("partly returned").isEqualTo(PostingOutcome.POSTED);
        PostingResult tooMuch = posting.post(reversal(ref("R"), paymentRef, "250.00"), null, "admin");
        assertThat(tooMuch.outcome()).isEqualTo(PostingOutcome.REJECTED);
        assertThat(tooMuch.reason()).isEqualTo("The reversal of $250.00 is more than the $200.00 left to reverse of"
                + " payment " + paymentRef);
        posting.post(reversal(ref("R"), paymentRef, "200.00"), null, "admin");
        PostingResult again = posting.post(reversal(ref("R"), paymentRef, "1.00"), null, "admin");

        assertThat(again.reason()).isEqualTo("Payment " + paymentRef + " has already been reversed");
        Record account = payments.account(accountId);
        assertThat(account.get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("1250.00");
        assertThat(account.get(ACCOUNT.PAID_TOTAL)).isEqualByComparingTo("0");
        assertThat(account.get(ACCOUNT.LAST_PAYMENT_DATE)).isNull();
    }

    @Test
    void aReversalOfAnUnknownPaymentIsRejected() {
        PostingResult result = posting.post(reversal(ref("R"), "NO-SUCH-REF", "10.00"), null, "admin");

        assertThat(result.outcome()).isEqualTo(PostingOutcome.REJECTED);
        assertThat(result.reason()).isEqualTo("No payment with reference NO-SUCH-REF to reverse");
        assertThat(dsl.fetchSingle(PAYMENT, PAYMENT.ID.eq(result.paymentId())).getStatus()).isEqualTo("REJECTED");
    }

    @Test
    void overpaymentsAndForeignCurrenciesAreRejectedAndLeaveTheBalance() {
        PostingResult over = posting.post(payment(ref("P"), accountRef, "1250.01", NOV_10), null, "admin");
        IncomingPayment euros = new IncomingPayment(ref("P"), "TESTBANK", accountRef, PaymentKind.PAYMENT, null,
                new BigDecimal("10"), "EUR", NOV_10, "ACH");
        PostingResult foreign = posting.post(euros, null, "admin");

        assertThat(over.outcome()).isEqualTo(PostingOutcome.REJECTED);
        assertThat(over.reason()).isEqualTo("Overpayment: $1,250.01 is more than the balance of $1,250.00 on account "
                + accountRef);
        assertThat(foreign.reason()).isEqualTo("The payment is in EUR but account " + accountRef + " is in USD");
        assertThat(payments.balance(accountId)).isEqualByComparingTo("1250.00");
        assertThat(timelineTitles()).containsExactly("Payment of €10.00 not applied", "Payment of $1,250.01 not applied");
    }

    @Test
    void aPaymentForNoAccountWaitsInSuspenseWithTheReason() {
        PostingResult result = posting.post(payment(ref("P"), "NOBODY-" + accountRef, "50", NOV_10), null, "admin");

        assertThat(result.outcome()).isEqualTo(PostingOutcome.SUSPENSE);
        assertThat(result.accountId()).isNull();
        assertThat(result.reason()).isEqualTo("No account with reference NOBODY-" + accountRef
                + " for creditor TESTBANK");
        assertThat(audit.forEntity("payment", result.paymentId().toString(), 5).getFirst().action())
                .isEqualTo("PAYMENT_TO_SUSPENSE");
    }

    @Test
    void withoutACreditorCodeTheReferenceMustBeUniqueAcrossCreditors() {
        long other = fixtures.account(ref("TMP")).create().accountId();
        payments.moveToCreditor(other, "OTHERBANK");
        dsl.update(ACCOUNT).set(ACCOUNT.EXTERNAL_REF, accountRef).where(ACCOUNT.ID.eq(other)).execute();
        IncomingPayment noCreditor = new IncomingPayment(ref("P"), " ", accountRef, PaymentKind.PAYMENT, null,
                new BigDecimal("50"), "usd", NOV_10, null);

        PostingResult ambiguous = posting.post(noCreditor, null, "admin");
        PostingResult named = posting.post(payment(ref("P"), accountRef, "50", NOV_10), null, "admin");

        assertThat(ambiguous.outcome()).isEqualTo(PostingOutcome.SUSPENSE);
        assertThat(ambiguous.reason()).isEqualTo("2 accounts match reference " + accountRef);
        assertThat(named.outcome()).isEqualTo(PostingOutcome.POSTED);
        assertThat(named.accountId()).isEqualTo(accountId);
    }

    @Test
    void reversingAPaymentInSuspenseTakesItOutOfTheQueue() {
        String ref = ref("P");
        PostingResult waiting = posting.post(payment(ref, "NOBODY-" + accountRef, "50", NOV_10), null, "admin");

        PostingResult result = posting.post(reversal(ref("R"), ref, "50"), null, "admin");

        assertThat(result.outcome()).isEqualTo(PostingOutcome.REJECTED);
        assertThat(result.reason()).startsWith("Reverses payment " + ref + ", which was still in suspense");
        var original = dsl.fetchSingle(PAYMENT, PAYMENT.ID.eq(waiting.paymentId()));
        assertThat(original.getStatus()).isEqualTo("REJECTED");
        assertThat(original.getStatusReason()).contains("before it was matched");
    }

    @Test
    void concurrentPostingsToOneAccountAllCount() throws Exception {
        List<Callable<PostingResult>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            IncomingPayment p = payment(ref("C"), accountRef, "10.00", NOV_10);
            tasks.add(() -> posting.post(p, null, "system"));
        }
        String shared = ref("SAME");
        for (int i = 0; i < 4; i++) {
            tasks.add(() -> posting.post(payment(shared, accountRef, "5.00", NOV_10), null, "system"));
        }

        List<PostingResult> results = runTogether(tasks);

        assertThat(results).filteredOn(r -> r.outcome() == PostingOutcome.POSTED).hasSize(41);
        assertThat(results).filteredOn(r -> r.outcome() == PostingOutcome.DUPLICATE).hasSize(3);
        Record account = payments.account(accountId);
        assertThat(account.get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("845.00");
        assertThat(account.get(ACCOUNT.PAID_TOTAL)).isEqualByComparingTo("405.00");
    }

    private List<PostingResult> runTogether(List<Callable<PostingResult>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<PostingResult>> futures = new ArrayList<>();
            for (Callable<PostingResult> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<PostingResult> results = new ArrayList<>();
            for (Future<PostingResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private String findRefPaidOn(LocalDate paidOn) {
        return dsl.select(PAYMENT.EXTERNAL_REF).from(PAYMENT)
                .where(PAYMENT.ACCOUNT_ID.eq(accountId), PAYMENT.PAID_ON.eq(paidOn), PAYMENT.KIND.eq("PAYMENT"))
                .fetchSingle(PAYMENT.EXTERNAL_REF);
    }

    private List<String> timelineTitles() {
        return dsl.select(TIMELINE_ENTRY.TITLE).from(TIMELINE_ENTRY).where(TIMELINE_ENTRY.ACCOUNT_ID.eq(accountId))
                .orderBy(TIMELINE_ENTRY.ID.desc()).fetch(TIMELINE_ENTRY.TITLE);
    }
}
