package app.settle.api.core;

import app.settle.api.compliance.Channel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the host tells plugins about accounts through {@code HostContext.events()}. Published after the change
 * has been committed, on the thread that made it: a listener sees the change in the database, must be quick,
 * and must not throw (a failing listener is logged and the others still run). Subscribe to {@code AccountEvent}
 * for all of them, or to one record type.
 */
public sealed interface AccountEvent {

    long accountId();

    /** A payment (or a reversal, which gives money back) changed the account's balance. */
    record PaymentApplied(long accountId, String paymentRef, Money amount, LocalDate paidOn, boolean reversal)
            implements AccountEvent {
    }

    /**
     * A promise to pay (or an instalment of a plan) was not kept: its grace period ended without the money. Published
     * by the plugin that tracks promises, which also writes a {@link Timeline#PROMISE_BROKEN} timeline entry; queues
     * hear it to move the account up at once. Added in plugin API 1.2.
     */
    record PromiseBroken(long accountId, Money amount, LocalDate dueOn, String source) implements AccountEvent {
    }

    /**
     * A debtor promised a payment: a promise to pay, or one instalment of a plan or settlement. The plugin that records
     * promises publishes one event per payment it expects, after the commit; {@code reference} names the promise or
     * plan (the same for every instalment of one plan) and {@code dueOn} the day this payment is due. Outreach
     * cadences start on it ("promise made", "payment due in 3 days"). Added in plugin API 1.3.
     */
    record PromiseMade(long accountId, String reference, Money amount, LocalDate dueOn, String source)
            implements AccountEvent {
    }

    /** A contact attempt was logged on the account. */
    record ContactLogged(long accountId, long contactId, Channel channel, ContactOutcome outcome, Instant occurredAt)
            implements AccountEvent {
    }
}
