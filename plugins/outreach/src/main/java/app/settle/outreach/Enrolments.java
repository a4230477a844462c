package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_CADENCE;
import static app.settle.outreach.db.Tables.OUTREACH_ENROLMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * Accounts entering and leaving cadences, in set-based statements (a million accounts take seconds, not a row at a
 * time). An account leaves when it is no longer active or owes nothing (CLOSED), when a payment arrives and the cadence
 * stops on payment (PAID), when its days past due leave a DPD cadence's range (OUT_OF_RANGE), when the cadence is
 * switched off (CADENCE_OFF), or, in an event cadence, once every step is queued (COMPLETED). It enters a DPD cadence
 * when its days past due are in range, it is active, owes money, and (if the cadence stops on payment) paid nothing in
 * the last 30 days; it enters an event cadence when the event is heard ({@link EventEnrolment}).
 */
final class Enrolments {

    /** A cadence that stops on payment lets an account back in only after this many days without one. */
    static final int DAYS_WITHOUT_PAYMENT = 30;

    /** Counts of one refresh. */
    record Changes(int entered, int left) {
    }

    private Enrolments() {
    }

    static Changes refresh(DSLContext dsl, LocalDate today, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        int left = 0;
        left += dsl.execute("""
                UPDATE outreach_enrolment e JOIN outreach_cadence c ON c.id = e.cadence_id
                SET e.active_key = NULL, e.left_at = ?, e.left_reason = 'CADENCE_OFF'
                WHERE e.active_key IS NOT NULL AND c.enabled = FALSE""", at);
        left += dsl.execute("""
                UPDATE outreach_enrolment e JOIN account a ON a.id = e.account_id
                SET e.active_key = NULL, e.left_at = ?, e.left_reason = 'CLOSED'
                WHERE e.active_key IS NOT NULL AND (a.status <> 'ACTIVE' OR a.current_balance <= 0)""", at);
        left += dsl.execute("""
                UPDATE outreach_enrolment e JOIN outreach_cadence c ON c.id = e.cadence_id
                  JOIN account a ON a.id = e.account_id
                SET e.active_key = NULL, e.left_at = ?, e.left_reason = 'PAID'
                WHERE e.active_key IS NOT NULL AND c.exit_on_payment = TRUE
                  AND a.last_payment_date >= GREATEST(e.entered_on, DATE_SUB(e.anchor_date, INTERVAL 7 DAY))""", at);
        left += dsl.execute("""
                UPDATE outreach_enrolment e JOIN outreach_cadence c ON c.id = e.cadence_id
                  JOIN account a ON a.id = e.account_id
                SET e.active_key = NULL, e.left_at = ?, e.left_reason = 'OUT_OF_RANGE'
                WHERE e.active_key IS NOT NULL AND c.trigger_kind = 'DPD'
                  AND (a.delinquency_date < DATE_SUB(?, INTERVAL c.max_dpd DAY)
                       OR a.delinquency_date > DATE_SUB(?, INTERVAL c.min_dpd DAY))""", at, today, today);
        int entered = dsl.execute("""
                INSERT INTO outreach_enrolment (cadence_id, account_id, event_key, anchor_date, entered_on, entered_at,
                                                active_key)
                SELECT c.id, a.id, NULL, a.delinquency_date, ?, ?, 'dpd'
                FROM outreach_cadence c
                JOIN account a ON a.status = 'ACTIVE' AND a.current_balance > 0
                  AND a.delinquency_date BETWEEN DATE_SUB(?, INTERVAL c.max_dpd DAY)
                                             AND DATE_SUB(?, INTERVAL c.min_dpd DAY)
                WHERE c.enabled = TRUE AND c.trigger_kind = 'DPD'
                  AND (c.exit_on_payment = FALSE OR a.last_payment_date IS NULL
                       OR a.last_payment_date < DATE_SUB(?, INTERVAL %d DAY))
                  AND NOT EXISTS (SELECT 1 FROM outreach_enrolment e
                                  WHERE e.cadence_id = c.id AND e.account_id = a.id AND e.active_key = 'dpd')"""
                .formatted(DAYS_WITHOUT_PAYMENT), today, at, today, today, today);
        return new Changes(entered, left);
    }

    /** Event cadences whose every step has been queued are complete (DPD cadences end by leaving their range). */
    static int complete(DSLContext dsl, Instant now) {
        return dsl.execute("""
                UPDATE outreach_enrolment e JOIN outreach_cadence c ON c.id = e.cadence_id
                SET e.active_key = NULL, e.left_at = ?, e.left_reason = 'COMPLETED'
                WHERE e.active_key IS NOT NULL AND c.trigger_kind <> 'DPD'
                  AND NOT EXISTS (SELECT 1 FROM outreach_step s
                                  WHERE s.cadence_id = e.cadence_id AND s.removed = FALSE
                                    AND DATE_ADD(e.anchor_date, INTERVAL s.day_offset DAY) >= e.entered_on
                                    AND NOT EXISTS (SELECT 1 FROM outreach_message m
                                                    WHERE m.enrolment_id = e.id AND m.step_id = s.id))""",
                LocalDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    /**
     * Enrols an account in every enabled cadence with this trigger, once per event key (a repeated event changes
     * nothing). Returns how many enrolments were made.
     */
    static int enrolOnEvent(DSLContext dsl, Trigger trigger, long accountId, String eventKey, LocalDate anchor,
                            LocalDate today, Instant now) {
        int made = 0;
        for (Long cadenceId : dsl.select(OUTREACH_CADENCE.ID).from(OUTREACH_CADENCE)
                .where(OUTREACH_CADENCE.TRIGGER_KIND.eq(trigger.name()), OUTREACH_CADENCE.ENABLED.isTrue())
                .fetch(OUTREACH_CADENCE.ID)) {
            made += dsl.insertInto(OUTREACH_ENROLMENT)
                    .set(OUTREACH_ENROLMENT.CADENCE_ID, cadenceId)
                    .set(OUTREACH_ENROLMENT.ACCOUNT_ID, accountId)
                    .set(OUTREACH_ENROLMENT.EVENT_KEY, eventKey)
                    .set(OUTREACH_ENROLMENT.ANCHOR_DATE, anchor)
                    .set(OUTREACH_ENROLMENT.ENTERED_ON, today)
                    .set(OUTREACH_ENROLMENT.ENTERED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                    .set(OUTREACH_ENROLMENT.ACTIVE_KEY, eventKey)
                    .onDuplicateKeyIgnore()
                    .execute();
        }
        return made;
    }
}
