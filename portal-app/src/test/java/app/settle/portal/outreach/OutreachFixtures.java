package app.settle.portal.outreach;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Outreach rows written the way the plugin's screens write them (the plugin's classes are not on the test class path,
 * so its tables are reached by name), and the reads the tests check.
 */
final class OutreachFixtures {

    static final String EMAIL_BODY = "Dear {{debtor.first_name}}, your balance with {{account.creditor}} is"
            + " {{account.balance}}. This communication is from a debt collector. To stop emails from us, use this"
            + " link: {{opt_out_link}}";
    static final String SMS_BODY = "{{company.name}}: {{account.balance}} is past due. This is a debt collector."
            + " Reply STOP to opt out.";

    private final DSLContext dsl;

    /** Deletes a folder and everything in it, if it exists. */
    static void deleteTree(java.nio.file.Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    OutreachFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    long template(String name, String channel, String subject, String body, boolean legal) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long id = dsl.insertInto(table(name("outreach_template")))
                .set(field(name("name")), name).set(field(name("channel")), channel)
                .set(field(name("created_by")), "supervisor").set(field(name("created_at")), now)
                .returningResult(field(name("id"), Long.class)).fetchOne().value1();
        dsl.insertInto(table(name("outreach_template_version")))
                .set(field(name("template_id")), id).set(field(name("version_no")), 1)
                .set(field(name("subject")), subject).set(field(name("body")), body)
                .set(field(name("mentions_legal")), legal)
                .set(field(name("created_by")), "supervisor").set(field(name("created_at")), now)
                .execute();
        return id;
    }

    /** A cadence with one step per {@code template → day}; every other cadence is switched off first. */
    long onlyCadence(String name, String trigger, Integer minDpd, Integer maxDpd, boolean exitOnPayment,
                     Map<Long, Integer> steps) {
        dsl.execute("UPDATE outreach_cadence SET enabled = FALSE");
        long id = dsl.insertInto(table(name("outreach_cadence")))
                .set(field(name("name")), name).set(field(name("trigger_kind")), trigger)
                .set(field(name("min_dpd")), minDpd).set(field(name("max_dpd")), maxDpd)
                .set(field(name("exit_on_payment")), exitOnPayment).set(field(name("enabled")), true)
                .set(field(name("updated_by")), "supervisor")
                .set(field(name("updated_at")), LocalDateTime.now(ZoneOffset.UTC))
                .returningResult(field(name("id"), Long.class)).fetchOne().value1();
        int position = 0;
        for (Map.Entry<Long, Integer> step : steps.entrySet()) {
            dsl.insertInto(table(name("outreach_step")))
                    .set(field(name("cadence_id")), id).set(field(name("position")), ++position)
                    .set(field(name("day_offset")), step.getValue()).set(field(name("template_id")), step.getKey())
                    .execute();
        }
        return id;
    }

    List<Record> messages(long accountId) {
        return List.copyOf(dsl.fetch("SELECT * FROM outreach_message WHERE account_id = ? ORDER BY id", accountId));
    }

    List<Record> enrolments(long accountId) {
        return List.copyOf(dsl.fetch("SELECT * FROM outreach_enrolment WHERE account_id = ? ORDER BY id", accountId));
    }

    List<String> timeline(long accountId) {
        return dsl.fetch("SELECT kind, title FROM timeline_entry WHERE account_id = ? ORDER BY id", accountId)
                .map(r -> r.get(0, String.class) + " " + r.get(1, String.class));
    }
}
