package app.settle.portal.payments;

import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.PAYMENT;

import app.settle.api.AuditEntry;
import app.settle.api.CurrentUser;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.api.core.Money;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.audit.AuditTrail;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments that matched no account or several, oldest first, and what a user does with them: match one
 * to an account (it posts there with the same rules as a payment file) or reject it with a reason. Only
 * administrators and supervisors work the queue; a supervisor may match only to accounts of their teams, and
 * the server checks that on every match, whatever the screen offered.
 */
@Service
public class SuspenseQueue {

    private final DSLContext dsl;
    private final PaymentRecords payments;
    private final AccountLedger ledger;
    private final AccountScope scope;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    SuspenseQueue(DSLContext dsl, PaymentRecords payments, AccountLedger ledger, AccountScope scope,
                  CurrentUser currentUser, AuditTrail audit) {
        this.dsl = dsl;
        this.payments = payments;
        this.ledger = ledger;
        this.scope = scope;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Suspense payments after {@code afterId}, oldest first (keyset paging: no offset, no count). */
    public List<SuspenseItem> waiting(long afterId, int limit) {
        requireQueueWorker();
        return dsl.select(PAYMENT.ID, PAYMENT.CREATED_AT, PAYMENT.PAID_ON, PAYMENT.EXTERNAL_REF, PAYMENT.ACCOUNT_REF,
                        DSL.coalesce(CREDITOR.NAME, PAYMENT.CREDITOR_CODE), PAYMENT.AMOUNT, PAYMENT.CURRENCY,
                        PAYMENT.METHOD, PAYMENT.STATUS_REASON)
                .from(PAYMENT)
                .leftJoin(CREDITOR).on(CREDITOR.CODE.eq(PAYMENT.CREDITOR_CODE))
                .where(PAYMENT.STATUS.eq(PaymentStatus.SUSPENSE.name()).and(PAYMENT.ID.gt(afterId)))
                .orderBy(PAYMENT.ID)
                .limit(Math.max(1, Math.min(limit, 500)))
                .fetch(r -> new SuspenseItem(r.value1(), r.value2().toInstant(ZoneOffset.UTC), r.value3(), r.value4(),
                        r.value5(), r.value6(), Money.of(r.value7(), r.value8()), r.value9(), r.value10()));
    }

    /**
     * Posts a suspense payment to an account the current user may see.
     *
     * @return the account's balance after the payment
     * @throws PaymentRefusedException if the payment left the queue meanwhile or the account refuses it
     *                                 (currency, closed, overpayment); nothing changes then
     * @throws app.settle.api.core.AccountNotVisibleException if the account is outside the user's teams
     */
    @Transactional
    public Money match(long paymentId, long accountId) {
        UserRef user = requireQueueWorker();
        scope.requireVisible(accountId);
        StoredPayment payment = inSuspense(paymentId);
        AccountLedger.LockedAccount account = ledger.lock(accountId);
        String refusal = ledger.refusal(account, payment.amount(), payment.currency());
        if (refusal != null) {
            throw new PaymentRefusedException(refusal + ". The payment stays in suspense.");
        }
        String note = "Matched from suspense by " + user.username();
        if (!payments.postFromSuspense(paymentId, accountId, note + " (was: " + payment.statusReason() + ")")) {
            throw gone();
        }
        return ledger.applyPayment(account, payment, user.username(), "PAYMENT_MATCHED", note).balanceMoney();
    }

    /** Rejects a suspense payment for good, with the user's reason. */
    @Transactional
    public void reject(long paymentId, String reason) {
        UserRef user = requireQueueWorker();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 250) {
            throw new PaymentRefusedException("Give a reason of at most 250 characters for rejecting the payment.");
        }
        StoredPayment payment = inSuspense(paymentId);
        String stored = "Rejected from suspense by " + user.username() + ": " + why;
        if (!payments.rejectFromSuspense(paymentId, stored)) {
            throw gone();
        }
        audit.record(user.username(), "host", new AuditEntry("PAYMENT_REJECTED", "payment", Long.toString(paymentId),
                AuditJson.of().with("status", "SUSPENSE").with("reason", payment.statusReason()).toString(),
                AuditJson.of().with("status", "REJECTED").with("reason", stored).toString()));
    }

    private StoredPayment inSuspense(long paymentId) {
        StoredPayment payment = payments.byId(paymentId)
                .orElseThrow(() -> new PaymentRefusedException("There is no payment " + paymentId + "."));
        if (payment.status() != PaymentStatus.SUSPENSE) {
            throw gone();
        }
        return payment;
    }

    private UserRef requireQueueWorker() {
        UserRef user = currentUser.get()
                .orElseThrow(() -> new SecurityException("Sign in to work the suspense queue."));
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.SUPERVISOR)) {
            throw new SecurityException("Only administrators and supervisors work the suspense queue.");
        }
        return user;
    }

    private static PaymentRefusedException gone() {
        return new PaymentRefusedException("This payment is no longer in suspense: someone else matched or rejected"
                + " it. Reload the queue.");
    }
}
