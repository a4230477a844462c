package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_TEMPLATE;
import static app.settle.outreach.db.Tables.OUTREACH_TEMPLATE_VERSION;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Templates and their versions. A template has a name and a channel for good; every save of its text is a new
 * version after {@link TemplateCheck} passed, and cadences and messages always use the newest version at the time of
 * sending (the message records which one).
 */
final class Templates {

    /** A template with its newest version. */
    record Template(long id, String name, Channel channel, Version latest) {
    }

    /** One saved text of a template. */
    record Version(long id, long templateId, int number, String subject, String body, boolean mentionsLegal,
                   String createdBy, Instant createdAt) {
    }

    private Templates() {
    }

    static List<Template> all(DSLContext dsl) {
        return dsl.select().from(OUTREACH_TEMPLATE)
                .join(OUTREACH_TEMPLATE_VERSION).on(OUTREACH_TEMPLATE_VERSION.TEMPLATE_ID.eq(OUTREACH_TEMPLATE.ID))
                .where(OUTREACH_TEMPLATE_VERSION.VERSION_NO.eq(dsl.select(org.jooq.impl.DSL.max(
                                OUTREACH_TEMPLATE_VERSION.as("v").VERSION_NO))
                        .from(OUTREACH_TEMPLATE_VERSION.as("v"))
                        .where(OUTREACH_TEMPLATE_VERSION.as("v").TEMPLATE_ID.eq(OUTREACH_TEMPLATE.ID))))
                .orderBy(OUTREACH_TEMPLATE.NAME)
                .fetch(Templates::template);
    }

    static Optional<Template> find(DSLContext dsl, long templateId) {
        return all(dsl).stream().filter(template -> template.id() == templateId).findFirst();
    }

    static List<Version> versions(DSLContext dsl, long templateId) {
        return dsl.selectFrom(OUTREACH_TEMPLATE_VERSION)
                .where(OUTREACH_TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId))
                .orderBy(OUTREACH_TEMPLATE_VERSION.VERSION_NO.desc())
                .fetch(Templates::version);
    }

    static Optional<Version> version(DSLContext dsl, long versionId) {
        return dsl.selectFrom(OUTREACH_TEMPLATE_VERSION).where(OUTREACH_TEMPLATE_VERSION.ID.eq(versionId))
                .fetchOptional(Templates::version);
    }

    /**
     * Saves a new template ({@code templateId} null) or a new version of one, after the checks; refuses with every
     * problem in one message. Returns the template's id. Supervisors and administrators only; audited.
     */
    static long save(HostContext host, Long templateId, String name, Channel channel, String subject, String body) {
        String user = Access.require(host.currentUser(), Access.AUTHORS, "write templates");
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new OutreachRefusedException("Give the template a name of 1 to 100 characters.");
        }
        if (channel == null) {
            throw new OutreachRefusedException("Choose the channel: letter, email or text message.");
        }
        if (channel == Channel.CALL) {
            throw new OutreachRefusedException("Templates are for letters, emails and text messages.");
        }
        String cleanSubject = subject == null || subject.isBlank() ? null : subject.strip();
        TemplateCheck.Result check = TemplateCheck.check(channel, cleanSubject, body);
        if (!check.ok()) {
            throw new OutreachRefusedException(String.join("\n", check.problems()));
        }
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        return host.data().inTransaction(dsl -> {
            long id;
            int number;
            if (templateId == null) {
                if (dsl.fetchExists(OUTREACH_TEMPLATE, OUTREACH_TEMPLATE.NAME.eq(cleanName))) {
                    throw new OutreachRefusedException("There is a template called \"" + cleanName + "\" already.");
                }
                id = dsl.insertInto(OUTREACH_TEMPLATE).set(OUTREACH_TEMPLATE.NAME, cleanName)
                        .set(OUTREACH_TEMPLATE.CHANNEL, channel.name()).set(OUTREACH_TEMPLATE.CREATED_BY, user)
                        .set(OUTREACH_TEMPLATE.CREATED_AT, now).returning(OUTREACH_TEMPLATE.ID)
                        .fetchOne(OUTREACH_TEMPLATE.ID);
                number = 1;
            } else {
                Record existing = dsl.selectFrom(OUTREACH_TEMPLATE).where(OUTREACH_TEMPLATE.ID.eq(templateId))
                        .forUpdate().fetchOne();
                if (existing == null) {
                    throw new OutreachRefusedException("That template no longer exists.");
                }
                if (!channel.name().equals(existing.get(OUTREACH_TEMPLATE.CHANNEL))) {
                    throw new OutreachRefusedException("A template keeps its channel: make a new template instead.");
                }
                id = templateId;
                number = dsl.select(org.jooq.impl.DSL.max(OUTREACH_TEMPLATE_VERSION.VERSION_NO))
                        .from(OUTREACH_TEMPLATE_VERSION).where(OUTREACH_TEMPLATE_VERSION.TEMPLATE_ID.eq(id))
                        .fetchOne(0, Integer.class) + 1;
            }
            dsl.insertInto(OUTREACH_TEMPLATE_VERSION).set(OUTREACH_TEMPLATE_VERSION.TEMPLATE_ID, id)
                    .set(OUTREACH_TEMPLATE_VERSION.VERSION_NO, number)
                    .set(OUTREACH_TEMPLATE_VERSION.SUBJECT, cleanSubject)
                    .set(OUTREACH_TEMPLATE_VERSION.BODY, body)
                    .set(OUTREACH_TEMPLATE_VERSION.MENTIONS_LEGAL, check.mentionsLegal())
                    .set(OUTREACH_TEMPLATE_VERSION.CREATED_BY, user)
                    .set(OUTREACH_TEMPLATE_VERSION.CREATED_AT, now)
                    .execute();
            host.audit().record(new AuditEntry(number == 1 ? "TEMPLATE_CREATED" : "TEMPLATE_REVISED",
                    "outreach_template", Long.toString(id), null,
                    Json.object("name", cleanName, "channel", channel.name(), "version", Integer.toString(number),
                            "subject", cleanSubject, "body", body)));
            return id;
        });
    }

    private static Template template(Record row) {
        return new Template(row.get(OUTREACH_TEMPLATE.ID), row.get(OUTREACH_TEMPLATE.NAME),
                Channel.valueOf(row.get(OUTREACH_TEMPLATE.CHANNEL)), version(row));
    }

    private static Version version(Record row) {
        return new Version(row.get(OUTREACH_TEMPLATE_VERSION.ID), row.get(OUTREACH_TEMPLATE_VERSION.TEMPLATE_ID),
                row.get(OUTREACH_TEMPLATE_VERSION.VERSION_NO), row.get(OUTREACH_TEMPLATE_VERSION.SUBJECT),
                row.get(OUTREACH_TEMPLATE_VERSION.BODY), row.get(OUTREACH_TEMPLATE_VERSION.MENTIONS_LEGAL),
                row.get(OUTREACH_TEMPLATE_VERSION.CREATED_BY),
                row.get(OUTREACH_TEMPLATE_VERSION.CREATED_AT).toInstant(ZoneOffset.UTC));
    }
}
