package app.settle.portal.payments;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.PAYMENT;

import app.settle.api.AuditEntry;
import app.settle.api.core.AccountEvent;
import app.settle.api.core.Money;
import app.settle.portal.accounts.ConcurrentChangeException;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.events.HostEventBus;
import app.settle.portal.timeline.TimelineService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Applies payments and reversals to account balances. Callers lock the account first ({@link #lock}, inside
 * their transaction), so postings to one account run one after the other; each change still bumps the
 * account's version, so a user editing the account meanwhile gets a conflict instead of overwriting it.
 *
 * <p>Rules (documented in the reasons shown to users):
 * <ul>
 *   <li>a payment in another currency than the account's is rejected;</li>
 *   <li>a payment to a CLOSED or RECALLED account is rejected (the creditor took the account back);</li>
 *   <li>a payment larger than the current balance is rejected as an overpayment (the balance never goes
 *       below zero; the money is refunded or applied by hand outside Settle);</li>
 *   <li>a payment that brings the balance to zero marks the account PAID; a reversal of a PAID account
 *       makes it ACTIVE again.</li>
 * </ul>
 */
@Component
class AccountLedger {

    private static final Set<String> REFUSING_PAYMENTS = Set.of("CLOSED", "RECALLED");

    private final DSLContext dsl;
    private final TimelineService timeline;
    private final AuditTrail audit;
    private final Clock clock;
    private final HostEventBus events;

    AccountLedger(DSLContext dsl, TimelineService timeline, AuditTrail audit, Clock clock, HostEventBus events) {
        this.events = events;
        this.dsl = dsl;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /** An account's money as of the lock. */
    record LockedAccount(long id, String externalRef, String currency, BigDecimal balance, BigDecimal paidTotal,
                         LocalDate lastPaymentDate, String status, int version) {

        Money balanceMoney() {
            return Money.of(balance, currency);
        }

        String json() {
            return AuditJson.of().with("account", id).with("balance", balance).with("paidTotal", paidTotal)
                    .with("lastPaymentDate", lastPaymentDate).with("status", status).toString();
        }
    }

    /** Locks the account row until the transaction ends and returns its money; requires a transaction. */
    LockedAccount lock(long accountId) {
        return dsl.select(ACCOUNT.ID, ACCOUNT.EXTERNAL_REF, ACCOUNT.CURRENCY, ACCOUNT.CURRENT_BALANCE,
                        ACCOUNT.PAID_TOTAL, ACCOUNT.LAST_PAYMENT_DATE, ACCOUNT.STATUS, ACCOUNT.VERSION)
                .from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).forUpdate()
                .fetchOptional(r -> new LockedAccount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()))
                .orElseThrow(() -> new IllegalArgumentException("There is no account " + accountId));
    }

    /** Why this payment may not be applied to the account, or null if it may. */
    String refusal(LockedAccount account, BigDecimal amount, String currency) {
        if (!account.currency().equals(currency)) {
            return "The payment is in " + currency + " but account " + account.externalRef() + " is in "
                    + account.currency();
        }
        if (REFUSING_PAYMENTS.contains(account.status())) {
            return "Account " + account.externalRef() + " is " + account.status().toLowerCase()
                    + " and takes no payments";
        }
        if (amount.compareTo(account.balance()) > 0) {
            return "Overpayment: " + Money.of(amount, currency).format() + " is more than the balance of "
                    + account.balanceMoney().format() + " on account " + account.externalRef();
        }
        return null;
    }

    /**
     * Applies a stored payment (already checked with {@link #refusal}) to the locked account: balance down,
     * paid total up, last payment date, PAID at zero; writes the timeline entry and the audit row.
     */
    LockedAccount applyPayment(LockedAccount account, StoredPayment payment, String actor, String auditAction,
                               String note) {
        BigDecimal balance = account.balance().subtract(payment.amount());
        LocalDate last = account.lastPaymentDate() == null || payment.paidOn().isAfter(account.lastPaymentDate())
                ? payment.paidOn() : account.lastPaymentDate();
        String status = balance.signum() == 0 ? "PAID" : account.status();
        LockedAccount after = update(account, balance, account.paidTotal().add(payment.amount()), last, status);
        String method = payment.method() == null || payment.method().isBlank() ? "" : " by " + payment.method();
        timeline.append(account.id(), "PAYMENT", "Payment received " + payment.money().format() + method,
                detail("Reference " + payment.externalRef(), note), "host");
        audit.record(actor, "host", new AuditEntry(auditAction, "payment", Long.toString(payment.id()),
                account.json(), after.json()));
        events.publishAfterCommit(new AccountEvent.PaymentApplied(account.id(), payment.externalRef(), payment.money(),
                payment.paidOn(), false));
        return after;
    }

    /**
     * Applies a stored, posted reversal to the locked account: balance and paid total restored, the last
     * payment date recomputed from the payments that are not fully reversed, PAID back to ACTIVE.
     */
    LockedAccount applyReversal(LockedAccount account, StoredPayment reversal, StoredPayment original, String actor) {
        BigDecimal balance = account.balance().add(reversal.amount());
        BigDecimal paid = account.paidTotal().subtract(reversal.amount()).max(BigDecimal.ZERO);
        String status = "PAID".equals(account.status()) && balance.signum() > 0 ? "ACTIVE" : account.status();
        LockedAccount after = update(account, balance, paid, lastUnreversedPaymentDate(account.id()), status);
        timeline.append(account.id(), "PAYMENT", "Payment reversed: " + reversal.money().format() + " returned",
                "Reversal " + reversal.externalRef() + " of payment " + original.externalRef() + " ("
                        + original.money().format() + " on " + original.paidOn() + ")", "host");
        audit.record(actor, "host", new AuditEntry("PAYMENT_REVERSED", "payment", Long.toString(reversal.id()),
                account.json(), after.json()));
        events.publishAfterCommit(new AccountEvent.PaymentApplied(account.id(), reversal.externalRef(),
                reversal.money(), reversal.paidOn(), true));
        return after;
    }

    /**
     * Takes {@code amount} (already checked against the balance) off the locked account without touching the paid
     * total: the status becomes {@code statusAtZero} when nothing is left.
     */
    LockedAccount reduceBalance(LockedAccount account, BigDecimal amount, String statusAtZero) {
        BigDecimal balance = account.balance().subtract(amount);
        String status = balance.signum() == 0 ? statusAtZero : account.status();
        return update(account, balance, account.paidTotal(), account.lastPaymentDate(), status);
    }

    /** Notes a rejected payment on the account's timeline, so the collector sees why money did not arrive. */
    void noteRejection(long accountId, StoredPayment payment, String reason) {
        String what = payment.kind() == PaymentKind.REVERSAL ? "Reversal of " : "Payment of ";
        timeline.append(accountId, "PAYMENT", what + payment.money().format() + " not applied", reason, "host");
    }

    private LockedAccount update(LockedAccount account, BigDecimal balance, BigDecimal paid, LocalDate last,
                                 String status) {
        int updated = dsl.update(ACCOUNT)
                .set(ACCOUNT.CURRENT_BALANCE, balance)
                .set(ACCOUNT.PAID_TOTAL, paid)
                .set(ACCOUNT.LAST_PAYMENT_DATE, last)
                .set(ACCOUNT.STATUS, status)
                // when the account left ACTIVE (kept while it stays resolved): the dashboard's roll rates read it
                .set(ACCOUNT.RESOLVED_AT, "ACTIVE".equals(status) ? DSL.castNull(ACCOUNT.RESOLVED_AT)
                        : DSL.coalesce(ACCOUNT.RESOLVED_AT, DSL.val(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))))
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .set(ACCOUNT.UPDATED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(ACCOUNT.ID.eq(account.id()).and(ACCOUNT.VERSION.eq(account.version())))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException("account " + account.externalRef());
        }
        return new LockedAccount(account.id(), account.externalRef(), account.currency(), balance, paid, last, status,
                account.version() + 1);
    }

    /** The latest date of a posted payment of the account that has money left after its reversals. */
    private LocalDate lastUnreversedPaymentDate(long accountId) {
        var reversal = PAYMENT.as("reversal");
        var reversed = DSL.select(DSL.coalesce(DSL.sum(reversal.AMOUNT), BigDecimal.ZERO)).from(reversal)
                .where(reversal.REVERSES_PAYMENT_ID.eq(PAYMENT.ID).and(reversal.STATUS.eq("POSTED")));
        return dsl.select(DSL.max(PAYMENT.PAID_ON)).from(PAYMENT)
                .where(PAYMENT.ACCOUNT_ID.eq(accountId), PAYMENT.KIND.eq(PaymentKind.PAYMENT.name()),
                        PAYMENT.STATUS.eq("POSTED"), PAYMENT.AMOUNT.gt(DSL.field(reversed)))
                .fetchSingle().value1();
    }

    private static String detail(String first, String note) {
        return note == null || note.isBlank() ? first : first + ". " + note;
    }
}
