package app.settle.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * Turns the steps that are due into queued messages, in one statement. Each message's key is
 * {@code cadence-<enrolment>-<step>}, unique in the table: a step is queued once per enrolment whatever happens
 * (two nodes, a restart, a job run twice). A step is due from its day (anchor + day) until it is queued; a step
 * whose day was before the account entered the cadence is skipped.
 */
final class DueMessages {

    private DueMessages() {
    }

    static int queue(DSLContext dsl, LocalDate today, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return dsl.execute("""
                INSERT IGNORE INTO outreach_message (message_key, account_id, enrolment_id, step_id, template_id,
                                                     channel, status, not_before, created_by, created_at)
                SELECT CONCAT('cadence-', e.id, '-', s.id), e.account_id, e.id, s.id, s.template_id, t.channel,
                       'QUEUED', ?, 'cadence', ?
                FROM outreach_enrolment e
                JOIN outreach_step s ON s.cadence_id = e.cadence_id AND s.removed = FALSE
                JOIN outreach_template t ON t.id = s.template_id
                WHERE e.active_key IS NOT NULL
                  AND DATE_ADD(e.anchor_date, INTERVAL s.day_offset DAY) BETWEEN e.entered_on AND ?
                  AND NOT EXISTS (SELECT 1 FROM outreach_message m WHERE m.enrolment_id = e.id AND m.step_id = s.id)""",
                at, at, today);
    }
}
