package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_ENROLMENT;

import app.settle.api.HostContext;
import app.settle.api.core.AccountEvent;
import app.settle.api.core.ContactOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Account events that start event cadences: a promise made (the promise-tracking plugin's {@code PromiseMade}, or a
 * contact logged with the outcome "promise to pay" when no plugin publishes promises), a payment coming due (each
 * {@code PromiseMade} with its due date) and a broken promise or late instalment ({@code PromiseBroken}). Each event
 * has a key, so hearing it twice enrols once. The next job run queues the steps that are due.
 */
final class EventEnrolment {

    private final HostContext host;

    EventEnrolment(HostContext host) {
        this.host = host;
    }

    void on(AccountEvent event) {
        Instant now = host.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        host.data().inTransaction(dsl -> {
            switch (event) {
                case AccountEvent.PromiseMade made -> {
                    String key = made.source() + ":" + made.reference();
                    if (!promiseEnrolledToday(dsl, made.accountId(), today)) {
                        Enrolments.enrolOnEvent(dsl, Trigger.PROMISE_MADE, made.accountId(), key, today, today, now);
                    }
                    Enrolments.enrolOnEvent(dsl, Trigger.PAYMENT_DUE, made.accountId(), key + ":" + made.dueOn(),
                            made.dueOn(), today, now);
                }
                case AccountEvent.ContactLogged contact when contact.outcome() == ContactOutcome.PROMISE_TO_PAY -> {
                    if (!promiseEnrolledToday(dsl, contact.accountId(), today)) {
                        Enrolments.enrolOnEvent(dsl, Trigger.PROMISE_MADE, contact.accountId(),
                                "contact:" + contact.contactId(), today, today, now);
                    }
                }
                case AccountEvent.PromiseBroken broken -> Enrolments.enrolOnEvent(dsl, Trigger.PROMISE_BROKEN,
                        broken.accountId(), broken.source() + ":broken:" + broken.dueOn() + ":"
                                + broken.amount().amount().toPlainString(), today, today, now);
                default -> { }
            }
        });
    }

    /** One "promise made" sequence a day per account, whichever of the two events announced the promise first. */
    private static boolean promiseEnrolledToday(org.jooq.DSLContext dsl, long accountId, LocalDate today) {
        return dsl.fetchExists(dsl.selectOne().from(OUTREACH_ENROLMENT)
                .join(app.settle.outreach.db.Tables.OUTREACH_CADENCE)
                .on(app.settle.outreach.db.Tables.OUTREACH_CADENCE.ID.eq(OUTREACH_ENROLMENT.CADENCE_ID))
                .where(OUTREACH_ENROLMENT.ACCOUNT_ID.eq(accountId), OUTREACH_ENROLMENT.ENTERED_ON.eq(today),
                        app.settle.outreach.db.Tables.OUTREACH_CADENCE.TRIGGER_KIND.eq(Trigger.PROMISE_MADE.name())));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
