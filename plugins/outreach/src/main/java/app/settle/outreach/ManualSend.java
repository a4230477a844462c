package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_MESSAGE;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A collector sends a template by hand from the workspace: the message is written under its own key with the
 * template's newest version, then sent at once on the user's request by the same {@link Sender} as the job, so the
 * guard, the contact log, the timeline and exactly-once apply alike. Audited with the outcome.
 */
final class ManualSend {

    private ManualSend() {
    }

    static Sender.Outcome send(HostContext host, long accountId, long templateId) {
        String user = Access.require(host.currentUser(), Access.SENDERS, "send messages");
        host.accounts().requireVisible(accountId);
        Templates.Template template = Templates.find(host.data().dsl(), templateId)
                .orElseThrow(() -> new OutreachRefusedException("That template no longer exists."));
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        String key = "manual-" + UUID.randomUUID();
        long messageId = host.data().dsl().insertInto(OUTREACH_MESSAGE)
                .set(OUTREACH_MESSAGE.MESSAGE_KEY, key)
                .set(OUTREACH_MESSAGE.ACCOUNT_ID, accountId)
                .set(OUTREACH_MESSAGE.TEMPLATE_ID, templateId)
                .set(OUTREACH_MESSAGE.TEMPLATE_VERSION_ID, template.latest().id())
                .set(OUTREACH_MESSAGE.CHANNEL, template.channel().name())
                .set(OUTREACH_MESSAGE.STATUS, "QUEUED")
                .set(OUTREACH_MESSAGE.NOT_BEFORE, now)
                .set(OUTREACH_MESSAGE.CREATED_BY, user)
                .set(OUTREACH_MESSAGE.CREATED_AT, now)
                .returning(OUTREACH_MESSAGE.ID).fetchOne(OUTREACH_MESSAGE.ID);
        Sender.Outcome outcome = new Sender(host).deliver(messageId);
        if ("DEFERRED".equals(outcome.status())) {
            // by hand means now: a message that may not go out now is not left in the queue
            host.data().dsl().update(OUTREACH_MESSAGE).set(OUTREACH_MESSAGE.STATUS, "BLOCKED")
                    .where(OUTREACH_MESSAGE.ID.eq(messageId), OUTREACH_MESSAGE.STATUS.eq("QUEUED")).execute();
        }
        host.audit().record(new AuditEntry("MESSAGE_SENT_BY_HAND", "outreach_message", Long.toString(messageId), null,
                Json.object("account", Long.toString(accountId), "template", template.name(),
                        "version", Integer.toString(template.latest().number()), "status", outcome.status(),
                        "detail", outcome.detail())));
        return outcome;
    }
}
