package app.settle.portal.payments;

import app.settle.api.AuditEntry;
import app.settle.api.core.Money;
import app.settle.portal.audit.AuditTrail;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts payments and reversals to accounts, idempotently by external reference: the second posting of a
 * reference returns {@link PostingOutcome#DUPLICATE} and changes nothing, also when two threads post it at the
 * same moment (the database's UNIQUE reference decides).
 *
 * <p>Each posting runs in its own transaction, or as a savepoint inside the caller's transaction (a
 * duplicate then rolls back only its own part). The account row is locked while its balance changes, so
 * concurrent postings to one account add up. Every stored payment writes an audit row; a posted one and a
 * rejected one with a known account also a timeline entry.
 *
 * <p>A payment that matches no account, or several, is stored in suspense ({@link SuspenseQueue}). What is
 * rejected: see {@link AccountLedger} for payments; a reversal is rejected when it names no payment, an
 * unknown one, a rejected one, another reversal, a payment in another currency, or more than is left to
 * reverse. A reversal of a payment still in suspense takes that payment out of the queue (rejected as
 * returned) and is itself stored as rejected, since no account changes.
 */
@Service
public class PaymentPosting {

    private static final int ATTEMPTS = 3;

    private final PaymentRecords payments;
    private final AccountMatcher matcher;
    private final AccountLedger ledger;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    PaymentPosting(PaymentRecords payments, AccountMatcher matcher, AccountLedger ledger,
                   AuditTrail audit, PlatformTransactionManager transactions) {
        this.payments = payments;
        this.matcher = matcher;
        this.ledger = ledger;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Posts one payment (or reversal) idempotently by externalRef; batchId may be null (manual entry).
     *
     * @param batchId the payment file it came from (its import_batch row), counted in that file's
     *                reconciliation report; null for a payment entered by hand
     * @param actor   who posts it, for the audit trail (the importing user; {@code system} when blank)
     * @throws IllegalArgumentException if the payment is not well-formed (blank reference, amount not above
     *                                  zero, unknown currency, no date or kind); nothing is stored then
     */
    public PostingResult post(IncomingPayment payment, Long batchId, String actor) {
        IncomingPayment clean = wellFormed(payment);
        String who = actor == null || actor.isBlank() ? "system" : actor.strip();
        Optional<StoredPayment> earlier = payments.byRef(clean.externalRef());
        if (earlier.isPresent()) {
            return duplicate(earlier.get(), clean, batchId);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return inTransaction(() -> clean.kind() == PaymentKind.PAYMENT
                        ? postPayment(clean, batchId, who) : postReversal(clean, batchId, who));
            } catch (DataIntegrityViolationException e) {
                Optional<StoredPayment> raced = payments.byRef(clean.externalRef());
                if (raced.isPresent()) {
                    return duplicate(raced.get(), clean, batchId);
                }
                throw e;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private PostingResult postPayment(IncomingPayment payment, Long batchId, String actor) {
        AccountMatcher.Match match = matcher.match(payment.creditorCode(), payment.accountRef());
        if (!match.found()) {
            long id = payments.insert(payment, null, null, PaymentStatus.SUSPENSE, match.suspenseReason(), batchId);
            audit.record(actor, "host", new AuditEntry("PAYMENT_TO_SUSPENSE", "payment", Long.toString(id), null,
                    describe(payment).with("reason", match.suspenseReason()).toString()));
            return new PostingResult(PostingOutcome.SUSPENSE, id, null, match.suspenseReason());
        }
        AccountLedger.LockedAccount account = ledger.lock(match.accountId());
        String refusal = ledger.refusal(account, payment.amount(), payment.currency());
        if (refusal != null) {
            return reject(payment, account.id(), null, refusal, batchId, actor);
        }
        long id = payments.insert(payment, account.id(), null, PaymentStatus.POSTED, null, batchId);
        ledger.applyPayment(account, payments.byId(id).orElseThrow(), actor, "PAYMENT_POSTED", null);
        return new PostingResult(PostingOutcome.POSTED, id, account.id(), null);
    }

    private PostingResult postReversal(IncomingPayment reversal, Long batchId, String actor) {
        if (reversal.reversesRef() == null || reversal.reversesRef().isBlank()) {
            return reject(reversal, null, null, "A reversal must name the payment it reverses", batchId, actor);
        }
        String ref = reversal.reversesRef().strip();
        Optional<StoredPayment> found = payments.byRef(ref);
        if (found.isEmpty()) {
            return reject(reversal, null, null, "No payment with reference " + ref + " to reverse", batchId, actor);
        }
        StoredPayment original = found.get();
        if (original.kind() == PaymentKind.REVERSAL) {
            return reject(reversal, original.accountId(), original.id(), ref + " is itself a reversal", batchId,
                    actor);
        }
        if (!original.currency().equals(reversal.currency())) {
            return reject(reversal, original.accountId(), original.id(), "The reversal is in "
                    + reversal.currency() + " but payment " + ref + " was in " + original.currency(), batchId, actor);
        }
        return switch (original.status()) {
            case REJECTED -> reject(reversal, original.accountId(), original.id(),
                    "Payment " + ref + " was rejected: there is nothing to reverse", batchId, actor);
            case SUSPENSE -> returnFromSuspense(reversal, original, batchId, actor);
            case POSTED -> reversePosted(reversal, original, batchId, actor);
        };
    }

    private PostingResult reversePosted(IncomingPayment reversal, StoredPayment original, Long batchId,
                                        String actor) {
        AccountLedger.LockedAccount account = ledger.lock(original.accountId());
        var left = original.amount().subtract(payments.reversedAmount(original.id()));
        if (left.signum() <= 0) {
            return reject(reversal, account.id(), original.id(),
                    "Payment " + original.externalRef() + " has already been reversed", batchId, actor);
        }
        if (reversal.amount().compareTo(left) > 0) {
            return reject(reversal, account.id(), original.id(), "The reversal of "
                    + Money.of(reversal.amount(), reversal.currency()).format()
                    + " is more than the " + Money.of(left, original.currency()).format()
                    + " left to reverse of payment " + original.externalRef(), batchId, actor);
        }
        long id = payments.insert(reversal, account.id(), original.id(), PaymentStatus.POSTED, null, batchId);
        ledger.applyReversal(account, payments.byId(id).orElseThrow(), original, actor);
        return new PostingResult(PostingOutcome.POSTED, id, account.id(), null);
    }

    private PostingResult returnFromSuspense(IncomingPayment reversal, StoredPayment original, Long batchId,
                                             String actor) {
        String returned = "Returned (reversal " + reversal.externalRef() + ") before it was matched to an account";
        if (!payments.rejectFromSuspense(original.id(), returned)) {
            throw new PessimisticLockingFailureException("Payment " + original.externalRef()
                    + " left suspense while being reversed; trying again");
        }
        audit.record(actor, "host", new AuditEntry("PAYMENT_REJECTED", "payment", Long.toString(original.id()),
                AuditJson.of().with("status", "SUSPENSE").with("reason", original.statusReason()).toString(),
                AuditJson.of().with("status", "REJECTED").with("reason", returned).toString()));
        return reject(reversal, null, original.id(), "Reverses payment " + original.externalRef()
                + ", which was still in suspense: it left the queue and no account changed", batchId, actor);
    }

    private PostingResult reject(IncomingPayment payment, Long accountId, Long reversesId, String reason,
                                 Long batchId, String actor) {
        long id = payments.insert(payment, accountId, reversesId, PaymentStatus.REJECTED, reason, batchId);
        audit.record(actor, "host", new AuditEntry("PAYMENT_REJECTED", "payment", Long.toString(id), null,
                describe(payment).with("account", accountId).with("reason", reason).toString()));
        if (accountId != null) {
            ledger.noteRejection(accountId, payments.byId(id).orElseThrow(), reason);
        }
        return new PostingResult(PostingOutcome.REJECTED, id, accountId, reason);
    }

    private PostingResult duplicate(StoredPayment earlier, IncomingPayment payment, Long batchId) {
        if (batchId != null) {
            payments.countDuplicate(batchId, payment.amount());
        }
        return new PostingResult(PostingOutcome.DUPLICATE, earlier.id(), earlier.accountId(),
                "Reference " + earlier.externalRef() + " was already received (" + earlier.status().name()
                        .toLowerCase() + ")");
    }

    private PostingResult inTransaction(Supplier<PostingResult> work) {
        return transaction.execute(status -> work.get());
    }

    private static AuditJson describe(IncomingPayment payment) {
        return AuditJson.of().with("ref", payment.externalRef()).with("kind", payment.kind().name())
                .with("creditor", payment.creditorCode()).with("accountRef", payment.accountRef())
                .with("reverses", payment.reversesRef()).with("amount", payment.amount())
                .with("currency", payment.currency()).with("paidOn", payment.paidOn())
                .with("method", payment.method());
    }

    /** Checks the shape and trims text; the importer validates rows first, so this guards other callers. */
    static IncomingPayment wellFormed(IncomingPayment p) {
        if (p == null || p.kind() == null || p.paidOn() == null) {
            throw new IllegalArgumentException("A payment needs a kind and a payment date");
        }
        String ref = strip(p.externalRef());
        if (ref == null || ref.length() > 64) {
            throw new IllegalArgumentException("A payment reference is 1 to 64 characters");
        }
        if (p.amount() == null || p.amount().signum() <= 0 || p.amount().stripTrailingZeros().scale() > 4
                || p.amount().precision() - p.amount().scale() > 15) {
            throw new IllegalArgumentException("A payment amount is above zero with at most four decimals");
        }
        String currency = strip(p.currency());
        try {
            currency = Currency.getInstance(currency == null ? "" : currency.toUpperCase()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A payment's currency is a three-letter ISO code");
        }
        String accountRef = strip(p.accountRef());
        String creditor = strip(p.creditorCode());
        String method = strip(p.method());
        if ((accountRef != null && accountRef.length() > 64) || (creditor != null && creditor.length() > 40)
                || (method != null && method.length() > 20)) {
            throw new IllegalArgumentException("An account reference is at most 64 characters, a creditor code 40"
                    + " and a method 20");
        }
        return new IncomingPayment(ref, creditor, accountRef, p.kind(), strip(p.reversesRef()), p.amount(),
                currency, p.paidOn(), method);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
