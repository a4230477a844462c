package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.PAYMENT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_ALLOCATION;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_ARRANGEMENT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_INSTALMENT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_PAYMENT_SEEN;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_PENDING_PAYMENT;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.core.AccountEvent;
import app.settle.api.core.Money;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansAllocation;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansArrangement;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansInstalment;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansPaymentSeen;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansPendingPayment;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Hears the host's {@link AccountEvent.PaymentApplied} events (after the posting committed) and allocates each
 * payment to the account's approved arrangement, next due instalment first; a reversal takes back what its payment
 * was given. Each payment reference is handled once ({@code payment_plans_payment_seen}), so a replayed event
 * changes nothing. Instalments that become fully paid are kept at once; the arrangement's status follows. A payment
 * whose allocation fails is kept in {@code payment_plans_pending_payment} and retried by the scheduled job; its
 * pending row is removed in the allocation's own transaction, so it is allocated once, never twice.
 * Background work: no current user, so it reads by account id, not by team scope.
 */
final class Payments {

    private static final System.Logger LOG = System.getLogger(Payments.class.getName());
    private static final PaymentPlansArrangement A = PAYMENT_PLANS_ARRANGEMENT;
    private static final PaymentPlansInstalment I = PAYMENT_PLANS_INSTALMENT;
    private static final PaymentPlansAllocation ALLOCATION = PAYMENT_PLANS_ALLOCATION;
    private static final PaymentPlansPaymentSeen SEEN = PAYMENT_PLANS_PAYMENT_SEEN;
    private static final PaymentPlansPendingPayment PENDING = PAYMENT_PLANS_PENDING_PAYMENT;

    /** Arrangements payments go to: approved and not ended (a defaulted one can still be caught up). */
    static final EnumSet<Status> RECEIVING = EnumSet.of(Status.CURRENT, Status.LATE, Status.DEFAULTED);

    private final HostContext host;

    Payments(HostContext host) {
        this.host = host;
    }

    /**
     * Allocates the payment. If that fails (a deadlock, a lost connection, settings that are not valid), nothing of
     * it is kept and the payment is remembered as pending, for the scheduled job to retry. Never throws.
     */
    void on(AccountEvent.PaymentApplied event) {
        try {
            handle(event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Payment plans: allocating " + event.paymentRef()
                    + " failed; the scheduled job retries it", e);
            remember(event, e);
        }
    }

    /**
     * Retries the payments whose allocation failed, oldest first (at most 500 a run); returns how many were handled.
     * Called by the scheduled job under its lock. A payment that fails again stays pending, its attempts counted.
     */
    int retryPending() {
        List<AccountEvent.PaymentApplied> pending = host.data().dsl().selectFrom(PENDING)
                .orderBy(PENDING.FAILED_AT, PENDING.PAYMENT_REF).limit(500).fetch(r -> new AccountEvent.PaymentApplied(
                        r.getAccountId(), r.getPaymentRef(), Money.of(r.getAmount(), r.getCurrency()), r.getPaidOn(),
                        r.getReversal()));
        int handled = 0;
        for (AccountEvent.PaymentApplied event : pending) {
            try {
                handle(event);
                handled++;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Payment plans: allocating " + event.paymentRef()
                        + " failed again", e);
                remember(event, e);
            }
        }
        return handled;
    }

    /**
     * Handles the payment once, in one transaction: marks it seen (a payment seen before changes nothing), drops it
     * from the pending payments, allocates or reverses it. Publishes newly broken promises after the commit.
     */
    private void handle(AccountEvent.PaymentApplied event) {
        Function<DSLContext, Evaluation.Outcome> work = dsl -> {
            LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
            dsl.deleteFrom(PENDING).where(PENDING.PAYMENT_REF.eq(event.paymentRef())).execute();
            int fresh = dsl.insertInto(SEEN).set(SEEN.PAYMENT_REF, event.paymentRef())
                    .set(SEEN.ACCOUNT_ID, event.accountId()).set(SEEN.HANDLED_AT, now)
                    .onDuplicateKeyIgnore().execute();
            if (fresh == 0) {
                return Evaluation.Outcome.NONE;
            }
            return event.reversal() ? reverse(dsl, event) : allocate(dsl, event, now);
        };
        host.data().inTransaction(work).publish(host);
    }

    /** Keeps a payment whose allocation failed (or counts one more attempt), with the reason. */
    private void remember(AccountEvent.PaymentApplied event, RuntimeException failure) {
        String reason = String.valueOf(failure.getMessage());
        String error = reason.length() > 500 ? reason.substring(0, 500) : reason;
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        try {
            host.data().dsl().insertInto(PENDING).set(PENDING.PAYMENT_REF, event.paymentRef())
                    .set(PENDING.ACCOUNT_ID, event.accountId()).set(PENDING.AMOUNT, event.amount().amount())
                    .set(PENDING.CURRENCY, event.amount().currency().getCurrencyCode())
                    .set(PENDING.PAID_ON, event.paidOn()).set(PENDING.REVERSAL, event.reversal())
                    .set(PENDING.ATTEMPTS, 1).set(PENDING.LAST_ERROR, error).set(PENDING.FAILED_AT, now)
                    .onDuplicateKeyUpdate().set(PENDING.ATTEMPTS, PENDING.ATTEMPTS.plus(1))
                    .set(PENDING.LAST_ERROR, error).execute();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Payment plans: could not keep " + event.paymentRef()
                    + " for a retry; it is not allocated", e);
        }
    }

    private Evaluation.Outcome allocate(DSLContext dsl, AccountEvent.PaymentApplied event, LocalDateTime now) {
        Optional<Long> target = dsl.select(A.ID).from(A).where(A.ACCOUNT_ID.eq(event.accountId())
                        .and(A.STATUS.in(RECEIVING.stream().map(Enum::name).toList()))
                        .and(A.CURRENCY.eq(event.amount().currency().getCurrencyCode())))
                .orderBy(A.ID.desc()).limit(1).forUpdate().fetchOptional(A.ID);
        if (target.isEmpty()) {
            return Evaluation.Outcome.NONE;
        }
        Arrangement a = Store.byId(dsl, target.get(), DSL.trueCondition()).orElseThrow();
        List<Allocation.Open> open = a.instalments().stream()
                .map(i -> new Allocation.Open(i.id(), i.amount(), i.paid())).toList();
        Allocation.Result result = Allocation.allocate(event.amount().amount(), open);
        for (Allocation.Share share : result.shares()) {
            dsl.insertInto(ALLOCATION).set(ALLOCATION.PAYMENT_REF, event.paymentRef())
                    .set(ALLOCATION.INSTALMENT_ID, share.instalmentId()).set(ALLOCATION.AMOUNT, share.amount())
                    .set(ALLOCATION.CREATED_AT, now).execute();
            dsl.update(I).set(I.PAID_AMOUNT, I.PAID_AMOUNT.plus(share.amount())).where(I.ID.eq(share.instalmentId()))
                    .execute();
        }
        BigDecimal given = event.amount().amount().subtract(result.unallocated());
        host.audit().record(new AuditEntry("PAYMENT_ALLOCATED", "payment_plans_arrangement", Long.toString(a.id()),
                null, event.paymentRef() + ": " + given.toPlainString() + " to " + result.shares().size()
                + " instalment(s), " + result.unallocated().toPlainString() + " not allocated"));
        return Evaluation.reassess(host, dsl, a.id(), null);
    }

    private Evaluation.Outcome reverse(DSLContext dsl, AccountEvent.PaymentApplied event) {
        var original = PAYMENT.as("original");
        var reversals = PAYMENT.as("reversals");
        Optional<String> originalRef = dsl.select(original.EXTERNAL_REF).from(PAYMENT)
                .join(original).on(original.ID.eq(PAYMENT.REVERSES_PAYMENT_ID))
                .where(PAYMENT.EXTERNAL_REF.eq(event.paymentRef())).fetchOptional(original.EXTERNAL_REF);
        if (originalRef.isEmpty()) {
            return Evaluation.Outcome.NONE;
        }
        if (dsl.fetchExists(PENDING, PENDING.PAYMENT_REF.eq(originalRef.get()))) {
            // rolled back with the rest; the job retries both, the original first (it failed first)
            throw new PlanRefusedException("the payment it reverses, " + originalRef.get() + ", is not allocated yet");
        }
        // what the payment still has on each instalment after earlier reversals of it, latest instalment first
        var refs = DSL.select(reversals.EXTERNAL_REF).from(reversals).join(original)
                .on(original.ID.eq(reversals.REVERSES_PAYMENT_ID)).where(original.EXTERNAL_REF.eq(originalRef.get()));
        var shares = dsl.select(ALLOCATION.INSTALMENT_ID, DSL.sum(ALLOCATION.AMOUNT)).from(ALLOCATION)
                .where(ALLOCATION.PAYMENT_REF.eq(originalRef.get()).or(ALLOCATION.PAYMENT_REF.in(refs)))
                .groupBy(ALLOCATION.INSTALMENT_ID).orderBy(ALLOCATION.INSTALMENT_ID.desc()).fetch();
        BigDecimal left = event.amount().amount();
        Long arrangementId = null;
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        for (var share : shares) {
            BigDecimal take = left.min(share.value2());
            if (take.signum() <= 0) {
                continue;
            }
            dsl.insertInto(ALLOCATION).set(ALLOCATION.PAYMENT_REF, event.paymentRef())
                    .set(ALLOCATION.INSTALMENT_ID, share.value1()).set(ALLOCATION.AMOUNT, take.negate())
                    .set(ALLOCATION.CREATED_AT, now).execute();
            dsl.update(I).set(I.PAID_AMOUNT, I.PAID_AMOUNT.minus(take)).where(I.ID.eq(share.value1())).execute();
            arrangementId = dsl.select(I.ARRANGEMENT_ID).from(I).where(I.ID.eq(share.value1()))
                    .fetchOne(I.ARRANGEMENT_ID);
            left = left.subtract(take);
        }
        if (arrangementId != null) {
            host.audit().record(new AuditEntry("PAYMENT_UNALLOCATED", "payment_plans_arrangement",
                    Long.toString(arrangementId), originalRef.get(), event.paymentRef() + " reversed "
                    + event.amount().amount().subtract(left).toPlainString()));
            return Evaluation.reassess(host, dsl, arrangementId, null);
        }
        return Evaluation.Outcome.NONE;
    }
}
