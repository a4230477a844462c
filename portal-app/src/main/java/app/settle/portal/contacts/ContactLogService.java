package app.settle.portal.contacts;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.CONTACT_POINT;

import app.settle.api.AuditEntry;
import app.settle.api.core.AccountEvent;
import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.core.ContactRecord;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.events.HostEventBus;
import app.settle.portal.shell.DisplayTime;
import app.settle.portal.shell.PhoneNumbers;
import app.settle.portal.timeline.TimelineService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs contacts. The server side of every contact action: an outbound contact is checked by the guard at the
 * moment it is logged and refused when denied, whatever the screen showed.
 */
@Service
public class ContactLogService {

    /** How far ahead a callback may be set. */
    public static final int MAX_CALLBACK_DAYS = 90;

    private final DSLContext dsl;
    private final AccountScope scope;
    private final ComplianceGuard guard;
    private final TimelineService timeline;
    private final AuditTrail audit;
    private final Clock clock;
    private final HostEventBus events;
    private final DisplayTime display;

    ContactLogService(DSLContext dsl, AccountScope scope, ComplianceGuard guard, TimelineService timeline,
                      AuditTrail audit, Clock clock, HostEventBus events, DisplayTime display) {
        this.display = display;
        this.events = events;
        this.dsl = dsl;
        this.scope = scope;
        this.guard = guard;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long record(ContactRecord contact, String source) {
        scope.requireVisibleIfSignedIn(contact.accountId());
        requireDebtorAddress(contact);
        Instant now = clock.instant();
        requireSensibleCallback(contact, now);
        if (!contact.inbound()) {
            guard.require(new ContactRequest(contact.accountId(), contact.channel(), contact.address(),
                    contact.purpose(), now));
        }
        String actor = scope.actorOr("plugin:" + source);
        boolean conversation = contact.channel() == Channel.CALL && contact.outcome().conversationWithDebtor();
        long id = dsl.insertInto(CONTACT_ATTEMPT)
                .set(CONTACT_ATTEMPT.ACCOUNT_ID, contact.accountId())
                .set(CONTACT_ATTEMPT.CHANNEL, contact.channel().name())
                .set(CONTACT_ATTEMPT.DIRECTION, contact.inbound() ? "INBOUND" : "OUTBOUND")
                .set(CONTACT_ATTEMPT.ADDRESS, contact.address())
                .set(CONTACT_ATTEMPT.OUTCOME, contact.outcome().name())
                .set(CONTACT_ATTEMPT.CONVERSATION, conversation)
                .set(CONTACT_ATTEMPT.NOTES, contact.notes())
                .set(CONTACT_ATTEMPT.USER_NAME, actor)
                .set(CONTACT_ATTEMPT.OCCURRED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .set(CONTACT_ATTEMPT.CALLBACK_AT, contact.callbackAt() == null ? null
                        : LocalDateTime.ofInstant(contact.callbackAt(), ZoneOffset.UTC))
                .returning(CONTACT_ATTEMPT.ID)
                .fetchOne(CONTACT_ATTEMPT.ID);
        String title = (contact.inbound() ? "Inbound " : "") + contact.channel().label()
                + (contact.address() == null ? "" : " " + PhoneNumbers.format(contact.address())) + ": "
                + contact.outcome().label();
        String detail = contact.callbackAt() == null ? contact.notes()
                : "Call back " + display.dateTime(contact.callbackAt()) + " (" + display.zone().getId() + ")"
                        + (contact.notes() == null ? "" : ". " + contact.notes());
        timeline.append(contact.accountId(), "CONTACT", title, detail, source);
        audit.record(actor, source, new AuditEntry("CONTACT_LOGGED", "contact_attempt", Long.toString(id), null,
                "{\"account\":" + contact.accountId() + ",\"channel\":\"" + contact.channel() + "\",\"outcome\":\""
                        + contact.outcome() + "\"" + (contact.callbackAt() == null ? "" : ",\"callback\":\""
                        + contact.callbackAt() + "\"") + "}"));
        events.publishAfterCommit(new AccountEvent.ContactLogged(contact.accountId(), id, contact.channel(),
                contact.outcome(), now));
        return id;
    }

    private static void requireSensibleCallback(ContactRecord contact, Instant now) {
        if (contact.callbackAt() == null) {
            return;
        }
        if (!contact.callbackAt().isAfter(now)) {
            throw new IllegalArgumentException("The callback must be in the future.");
        }
        if (contact.callbackAt().isAfter(now.plus(MAX_CALLBACK_DAYS, ChronoUnit.DAYS))) {
            throw new IllegalArgumentException("A callback is at most " + MAX_CALLBACK_DAYS + " days ahead.");
        }
    }

    private void requireDebtorAddress(ContactRecord contact) {
        if (contact.channel() == Channel.LETTER) {
            return;
        }
        String kind = contact.channel() == Channel.EMAIL ? "EMAIL" : "PHONE";
        if (contact.address() == null || contact.address().isBlank()) {
            throw new IllegalArgumentException("Choose the " + (kind.equals("EMAIL") ? "email address" : "phone number")
                    + " used.");
        }
        boolean known = dsl.fetchExists(dsl.selectOne().from(CONTACT_POINT)
                .join(ACCOUNT).on(ACCOUNT.DEBTOR_ID.eq(CONTACT_POINT.DEBTOR_ID))
                .where(ACCOUNT.ID.eq(contact.accountId()), CONTACT_POINT.KIND.eq(kind),
                        CONTACT_POINT.VALUE.eq(contact.address())));
        if (!known) {
            throw new IllegalArgumentException(contact.address() + " is not one of this debtor's "
                    + (kind.equals("EMAIL") ? "email addresses." : "phone numbers."));
        }
    }
}
