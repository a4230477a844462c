package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.PAYMENT;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.core.AccountEvent;
import app.settle.plugins.paymentplans.Tables.A;
import app.settle.plugins.paymentplans.Tables.Alloc;
import app.settle.plugins.paymentplans.Tables.I;
import app.settle.plugins.paymentplans.Tables.Seen;
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
 * changes nothing. Instalments that become fully paid are kept at once; the arrangement's status follows.
 * Background work: no current user, so it reads by account id, not by team scope.
 */
final class Payments {

    /** Arrangements payments go to: approved and not ended (a defaulted one can still be caught up). */
    static final EnumSet<Status> RECEIVING = EnumSet.of(Status.CURRENT, Status.LATE, Status.DEFAULTED);

    private final HostContext host;

    Payments(HostContext host) {
        this.host = host;
    }

    void on(AccountEvent.PaymentApplied event) {
        Function<DSLContext, Evaluation.Outcome> work = dsl -> {
            LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
            int fresh = dsl.insertInto(Seen.TABLE).set(Seen.PAYMENT_REF, event.paymentRef())
                    .set(Seen.ACCOUNT_ID, event.accountId()).set(Seen.HANDLED_AT, now)
                    .onDuplicateKeyIgnore().execute();
            if (fresh == 0) {
                return Evaluation.Outcome.NONE;
            }
            return event.reversal() ? reverse(dsl, event) : allocate(dsl, event, now);
        };
        host.data().inTransaction(work).publish(host);
    }

    private Evaluation.Outcome allocate(DSLContext dsl, AccountEvent.PaymentApplied event, LocalDateTime now) {
        Optional<Long> target = dsl.select(A.ID).from(A.TABLE).where(A.ACCOUNT_ID.eq(event.accountId())
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
            dsl.insertInto(Alloc.TABLE).set(Alloc.PAYMENT_REF, event.paymentRef())
                    .set(Alloc.INSTALMENT_ID, share.instalmentId()).set(Alloc.AMOUNT, share.amount())
                    .set(Alloc.CREATED_AT, now).execute();
            dsl.update(I.TABLE).set(I.PAID, I.PAID.plus(share.amount())).where(I.ID.eq(share.instalmentId()))
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
        // what the payment still has on each instalment after earlier reversals of it, latest instalment first
        var refs = DSL.select(reversals.EXTERNAL_REF).from(reversals).join(original)
                .on(original.ID.eq(reversals.REVERSES_PAYMENT_ID)).where(original.EXTERNAL_REF.eq(originalRef.get()));
        var shares = dsl.select(Alloc.INSTALMENT_ID, DSL.sum(Alloc.AMOUNT)).from(Alloc.TABLE)
                .where(Alloc.PAYMENT_REF.eq(originalRef.get()).or(Alloc.PAYMENT_REF.in(refs)))
                .groupBy(Alloc.INSTALMENT_ID).orderBy(Alloc.INSTALMENT_ID.desc()).fetch();
        BigDecimal left = event.amount().amount();
        Long arrangementId = null;
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        for (var share : shares) {
            BigDecimal take = left.min(share.value2());
            if (take.signum() <= 0) {
                continue;
            }
            dsl.insertInto(Alloc.TABLE).set(Alloc.PAYMENT_REF, event.paymentRef())
                    .set(Alloc.INSTALMENT_ID, share.value1()).set(Alloc.AMOUNT, take.negate())
                    .set(Alloc.CREATED_AT, now).execute();
            dsl.update(I.TABLE).set(I.PAID, I.PAID.minus(take)).where(I.ID.eq(share.value1())).execute();
            arrangementId = dsl.select(I.ARRANGEMENT_ID).from(I.TABLE).where(I.ID.eq(share.value1()))
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
