package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_MESSAGE;
import static app.settle.outreach.db.Tables.OUTREACH_TEMPLATE;

import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.ContactRecord;
import app.settle.api.outreach.Delivery;
import app.settle.api.outreach.MessageChannels;
import app.settle.api.outreach.OutboundMessage;
import app.settle.outreach.db.tables.records.OutreachMessageRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Sends one queued message, at most once, and records what happened.
 *
 * <ol>
 *   <li>In one transaction: claim the row (QUEUED → SENDING, only if still QUEUED), check the template against a
 *       time-barred debt, pick the address, ask the compliance guard, and if allowed log the contact through the host
 *       (which asks the guard again) and store the rendered text. A denial that lifts at a known time (the hour in
 *       the debtor's zone) puts the message back in the queue until then; any other denial blocks it, with the
 *       reasons on the timeline.</li>
 *   <li>Outside any transaction: hand it to the channel.</li>
 *   <li>In a second transaction: SENT or FAILED, with a timeline entry saying which.</li>
 * </ol>
 * If the node dies between 1 and 3 the row stays SENDING. {@link #recoverInterrupted} later asks the channel whether
 * the key went out; if it cannot tell, the message becomes UNKNOWN and is never sent again by itself.
 */
final class Sender {

    /** A message SENDING for longer than this was interrupted (a send takes seconds). */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.US);

    /** What became of one message, for a notification or a count. */
    record Outcome(String status, String detail) {
        boolean sent() {
            return "SENT".equals(status);
        }
    }

    private record Prepared(Outcome outcome, MessageChannels.Bound channel, OutboundMessage message, String what) {
    }

    private final HostContext host;

    Sender(HostContext host) {
        this.host = host;
    }

    Outcome deliver(long messageId) {
        Instant now = host.clock().instant();
        Prepared prepared = host.data().inTransaction(dsl -> {
            return prepare(dsl, messageId, now);
        });
        if (prepared.outcome() != null) {
            return prepared.outcome();
        }
        Delivery delivery;
        try {
            delivery = prepared.channel().send(prepared.message());
        } catch (RuntimeException e) {
            delivery = Delivery.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        Delivery result = delivery;
        host.data().inTransaction(dsl -> {
            recordResult(dsl, messageId, prepared, result);
        });
        return new Outcome(result.status() == Delivery.Status.ACCEPTED ? "SENT" : "FAILED", result.detail());
    }

    private Prepared prepare(DSLContext dsl, long messageId, Instant now) {
        LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        int claimed = dsl.update(OUTREACH_MESSAGE).set(OUTREACH_MESSAGE.STATUS, "SENDING")
                .set(OUTREACH_MESSAGE.CLAIMED_AT, at)
                .where(OUTREACH_MESSAGE.ID.eq(messageId), OUTREACH_MESSAGE.STATUS.eq("QUEUED"),
                        OUTREACH_MESSAGE.NOT_BEFORE.le(at))
                .execute();
        if (claimed == 0) {
            return new Prepared(new Outcome("SKIPPED", "Sent or being sent elsewhere"), null, null, null);
        }
        OutreachMessageRecord message = dsl.selectFrom(OUTREACH_MESSAGE).where(OUTREACH_MESSAGE.ID.eq(messageId))
                .fetchSingle();
        Channel channel = Channel.valueOf(message.getChannel());
        String templateName = dsl.select(OUTREACH_TEMPLATE.NAME).from(OUTREACH_TEMPLATE)
                .where(OUTREACH_TEMPLATE.ID.eq(message.getTemplateId())).fetchSingle(OUTREACH_TEMPLATE.NAME);
        String what = channel.label() + " \"" + templateName + "\"";
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Templates.Version version = message.getTemplateVersionId() != null
                ? Templates.version(dsl, message.getTemplateVersionId()).orElseThrow()
                : Templates.versions(dsl, message.getTemplateId()).getFirst();
        AccountFacts facts = AccountFacts.load(dsl, message.getAccountId(), today, host.settings()).orElse(null);
        if (facts == null) {
            return block(dsl, message, what, "The account no longer exists.", false);
        }
        if (version.mentionsLegal() && facts.timeBarred()) {
            return block(dsl, message, what, "The template mentions legal action and this debt is time-barred: no"
                    + " suit or threat of suit (12 CFR 1006.26(b)).", true);
        }
        MessageChannels.Bound bound = host.messageChannels().forChannel(channel).orElse(null);
        if (bound == null) {
            return block(dsl, message, what, "No plugin offers " + channel.label().toLowerCase(Locale.ROOT)
                    + " delivery: install one (e.g. the demo SMS plugin) and send it by hand.", true);
        }
        AccountFacts.Address address = facts.addressFor(channel).orElse(null);
        if (address == null && channel != Channel.LETTER) {
            return block(dsl, message, what, "The debtor has no " + (channel == Channel.EMAIL ? "email address"
                    : "phone number") + " on file.", true);
        }
        String to = address == null ? null : address.value();
        ContactDecision decision = host.compliance().check(new ContactRequest(message.getAccountId(), channel,
                channel == Channel.LETTER ? null : to, ContactPurpose.COLLECTION, now));
        if (!decision.allowed()) {
            if (decision.allowedFrom().isPresent()) {
                dsl.update(OUTREACH_MESSAGE).set(OUTREACH_MESSAGE.STATUS, "QUEUED")
                        .set(OUTREACH_MESSAGE.NOT_BEFORE,
                                LocalDateTime.ofInstant(decision.allowedFrom().get(), ZoneOffset.UTC))
                        .set(OUTREACH_MESSAGE.STATUS_DETAIL, cut(decision.explanation(), 1000))
                        .setNull(OUTREACH_MESSAGE.CLAIMED_AT)
                        .where(OUTREACH_MESSAGE.ID.eq(messageId)).execute();
                return new Prepared(new Outcome("DEFERRED", decision.explanation()), null, null, null);
            }
            return block(dsl, message, what, decision.explanation(), true);
        }
        Map<String, String> values = new HashMap<>(facts.values());
        String optOutUrl = null;
        if (channel == Channel.EMAIL) {
            optOutUrl = OptOutLinks.create(dsl, host.settings().get("public-url", "http://localhost:8080"), messageId,
                    message.getAccountId(), channel, to, now);
            values.put(MergeField.OPT_OUT_LINK.key(), optOutUrl);
        }
        String subject = MergeText.fill(version.subject(), values);
        String body = MergeText.fill(version.body(), values);
        byte[] document = channel == Channel.LETTER
                ? LetterPdf.render(values.get(MergeField.COMPANY_NAME.key()), LETTER_DATE.format(today),
                        facts.recipient(), to, subject, body)
                : null;
        long contactId = host.contacts().record(new ContactRecord(message.getAccountId(), channel,
                channel == Channel.LETTER ? null : to, ContactPurpose.COLLECTION, false, ContactOutcome.SENT,
                cut(what + ", version " + version.number(), 2000)));
        dsl.update(OUTREACH_MESSAGE).set(OUTREACH_MESSAGE.ADDRESS, to)
                .set(OUTREACH_MESSAGE.SUBJECT, subject == null ? null : cut(subject, 200))
                .set(OUTREACH_MESSAGE.BODY, body)
                .set(OUTREACH_MESSAGE.TEMPLATE_VERSION_ID, version.id())
                .set(OUTREACH_MESSAGE.CONTACT_ID, contactId)
                .set(OUTREACH_MESSAGE.CHANNEL_NAME, bound.name())
                .where(OUTREACH_MESSAGE.ID.eq(messageId)).execute();
        return new Prepared(null, bound, new OutboundMessage(message.getMessageKey(), message.getAccountId(), channel,
                to, facts.recipient(), subject, body, optOutUrl, document), what);
    }

    private Prepared block(DSLContext dsl, OutreachMessageRecord message, String what, String reason,
                           boolean onTimeline) {
        dsl.update(OUTREACH_MESSAGE).set(OUTREACH_MESSAGE.STATUS, "BLOCKED")
                .set(OUTREACH_MESSAGE.STATUS_DETAIL, cut(reason, 1000))
                .where(OUTREACH_MESSAGE.ID.eq(message.getId())).execute();
        if (onTimeline) {
            host.timeline().append(message.getAccountId(), "OUTREACH", cut(what + " not sent", 200), reason);
        }
        return new Prepared(new Outcome("BLOCKED", reason), null, null, null);
    }

    private void recordResult(DSLContext dsl, long messageId, Prepared prepared, Delivery delivery) {
        boolean accepted = delivery.status() == Delivery.Status.ACCEPTED;
        dsl.update(OUTREACH_MESSAGE).set(OUTREACH_MESSAGE.STATUS, accepted ? "SENT" : "FAILED")
                .set(OUTREACH_MESSAGE.SENT_AT, accepted ? LocalDateTime.ofInstant(host.clock().instant(),
                        ZoneOffset.UTC) : null)
                .set(OUTREACH_MESSAGE.PROVIDER_ID, delivery.providerId() == null ? null
                        : cut(delivery.providerId(), 200))
                .set(OUTREACH_MESSAGE.STATUS_DETAIL, delivery.detail() == null ? null : cut(delivery.detail(), 1000))
                .where(OUTREACH_MESSAGE.ID.eq(messageId)).execute();
        OutboundMessage message = prepared.message();
        String to = message.to() == null ? "" : " to " + message.to();
        host.timeline().append(message.accountId(), "OUTREACH",
                cut(prepared.what() + to + (accepted ? ": sent" : ": failed"), 200),
                (accepted ? "Delivery: " : "Not delivered: ") + delivery.detail() + " (" + prepared.channel().name()
                        + ")");
    }

    /**
     * Messages left SENDING by a node that stopped mid-send: the channel is asked whether the key went out (SENT if
     * so); otherwise UNKNOWN, on the timeline, and never sent again automatically. Returns how many were settled.
     */
    int recoverInterrupted() {
        Instant now = host.clock().instant();
        LocalDateTime staleBefore = LocalDateTime.ofInstant(now.minus(LEASE), ZoneOffset.UTC);
        List<OutreachMessageRecord> stuck = host.data().dsl().selectFrom(OUTREACH_MESSAGE)
                .where(OUTREACH_MESSAGE.STATUS.eq("SENDING"), OUTREACH_MESSAGE.CLAIMED_AT.lt(staleBefore))
                .orderBy(OUTREACH_MESSAGE.ID).limit(1000).fetch();
        for (OutreachMessageRecord message : stuck) {
            Channel channel = Channel.valueOf(message.getChannel());
            Delivery found = host.messageChannels().all().stream()
                    .filter(bound -> bound.channel() == channel && (message.getChannelName() == null
                            || bound.name().equals(message.getChannelName())))
                    .findFirst()
                    .flatMap(bound -> bound.lookUp(message.getMessageKey()))
                    .orElse(null);
            host.data().inTransaction(dsl -> {
                boolean sent = found != null && found.status() == Delivery.Status.ACCEPTED;
                int changed = dsl.update(OUTREACH_MESSAGE).set(OUTREACH_MESSAGE.STATUS, sent ? "SENT" : "UNKNOWN")
                        .set(OUTREACH_MESSAGE.SENT_AT, sent ? LocalDateTime.ofInstant(now, ZoneOffset.UTC) : null)
                        .set(OUTREACH_MESSAGE.STATUS_DETAIL, sent ? "Confirmed by the channel after an interruption: "
                                + found.detail() : "The portal stopped while sending; the channel cannot say whether it"
                                + " went out. Not sent again automatically.")
                        .where(OUTREACH_MESSAGE.ID.eq(message.getId()), OUTREACH_MESSAGE.STATUS.eq("SENDING"))
                        .execute();
                if (changed == 1) {
                    String to = message.getAddress() == null ? "" : " to " + message.getAddress();
                    host.timeline().append(message.getAccountId(), "OUTREACH",
                            cut(channel.label() + to + (sent ? ": sent (confirmed after an interruption)"
                                    : ": delivery unknown"), 200),
                            sent ? found.detail() : "The portal stopped while sending this message. It is not sent"
                                    + " again automatically: check with the debtor or send it by hand.");
                }
            });
        }
        return stuck.size();
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
