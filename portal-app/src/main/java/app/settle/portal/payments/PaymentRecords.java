package app.settle.portal.payments;

import static app.settle.api.db.Tables.IMPORT_BATCH;
import static app.settle.api.db.Tables.PAYMENT;

import app.settle.api.db.tables.records.PaymentRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Reads and writes payment rows; every status change is conditional on the status the caller saw. */
@Component
class PaymentRecords {

    private static final int MAX_REASON = 300;

    private final DSLContext dsl;
    private final Clock clock;

    PaymentRecords(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    Optional<StoredPayment> byRef(String externalRef) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.EXTERNAL_REF.eq(externalRef)).fetchOptional(PaymentRecords::toStored);
    }

    Optional<StoredPayment> byId(long id) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).fetchOptional(PaymentRecords::toStored);
    }

    /**
     * Stores a payment; the UNIQUE reference makes a second insert of the same reference fail (the caller
     * treats that as a duplicate).
     */
    long insert(IncomingPayment payment, Long accountId, Long reversesPaymentId, PaymentStatus status,
                String reason, Long batchId) {
        LocalDateTime now = now();
        return dsl.insertInto(PAYMENT)
                .set(PAYMENT.EXTERNAL_REF, payment.externalRef())
                .set(PAYMENT.ACCOUNT_ID, accountId)
                .set(PAYMENT.ACCOUNT_REF, payment.accountRef())
                .set(PAYMENT.CREDITOR_CODE, payment.creditorCode())
                .set(PAYMENT.KIND, payment.kind().name())
                .set(PAYMENT.REVERSES_PAYMENT_ID, reversesPaymentId)
                .set(PAYMENT.AMOUNT, payment.amount())
                .set(PAYMENT.CURRENCY, payment.currency())
                .set(PAYMENT.PAID_ON, payment.paidOn())
                .set(PAYMENT.METHOD, payment.method())
                .set(PAYMENT.STATUS, status.name())
                .set(PAYMENT.STATUS_REASON, cut(reason))
                .set(PAYMENT.BATCH_ID, batchId)
                .set(PAYMENT.POSTED_AT, status == PaymentStatus.POSTED ? now : null)
                .set(PAYMENT.CREATED_AT, now)
                .returning(PAYMENT.ID)
                .fetchOne(PAYMENT.ID);
    }

    /** Posts a suspense payment to an account; false if it is no longer in suspense. */
    boolean postFromSuspense(long paymentId, long accountId, String reason) {
        return dsl.update(PAYMENT)
                .set(PAYMENT.ACCOUNT_ID, accountId)
                .set(PAYMENT.STATUS, PaymentStatus.POSTED.name())
                .set(PAYMENT.STATUS_REASON, cut(reason))
                .set(PAYMENT.POSTED_AT, now())
                .where(PAYMENT.ID.eq(paymentId).and(PAYMENT.STATUS.eq(PaymentStatus.SUSPENSE.name())))
                .execute() == 1;
    }

    /** Rejects a suspense payment; false if it is no longer in suspense. */
    boolean rejectFromSuspense(long paymentId, String reason) {
        return dsl.update(PAYMENT)
                .set(PAYMENT.STATUS, PaymentStatus.REJECTED.name())
                .set(PAYMENT.STATUS_REASON, cut(reason))
                .where(PAYMENT.ID.eq(paymentId).and(PAYMENT.STATUS.eq(PaymentStatus.SUSPENSE.name())))
                .execute() == 1;
    }

    /** The sum of the posted reversals of a payment. */
    BigDecimal reversedAmount(long paymentId) {
        return dsl.select(DSL.coalesce(DSL.sum(PAYMENT.AMOUNT), BigDecimal.ZERO))
                .from(PAYMENT)
                .where(PAYMENT.REVERSES_PAYMENT_ID.eq(paymentId)
                        .and(PAYMENT.STATUS.eq(PaymentStatus.POSTED.name())))
                .fetchSingle().value1();
    }

    /** Counts a row of a payment file whose reference was posted before. */
    void countDuplicate(long batchId, BigDecimal amount) {
        dsl.update(IMPORT_BATCH)
                .set(IMPORT_BATCH.DUPLICATE_ROWS, IMPORT_BATCH.DUPLICATE_ROWS.plus(1))
                .set(IMPORT_BATCH.DUPLICATE_TOTAL, IMPORT_BATCH.DUPLICATE_TOTAL.plus(amount))
                .where(IMPORT_BATCH.ID.eq(batchId))
                .execute();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    static String cut(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
    }

    private static StoredPayment toStored(PaymentRecord r) {
        return new StoredPayment(r.getId(), r.getExternalRef(), r.getAccountId(), r.getAccountRef(),
                r.getCreditorCode(), PaymentKind.valueOf(r.getKind()), r.getReversesPaymentId(), r.getAmount(),
                r.getCurrency(), r.getPaidOn(), r.getMethod(), PaymentStatus.valueOf(r.getStatus()),
                r.getStatusReason(), r.getBatchId());
    }
}
