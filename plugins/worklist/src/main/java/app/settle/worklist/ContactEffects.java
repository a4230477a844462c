package app.settle.worklist;

import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_ENTRY;

import app.settle.api.HostContext;
import app.settle.api.core.AccountEvent;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jooq.impl.DSL;

/**
 * What a logged contact changes on the worklist at once (a few indexed updates on the publisher's thread, so
 * "next account" never offers the account just called): the account rests for {@link #restHours} hours, and a
 * callback set on the contact takes it off the list until then (and replaces the rest). The full recomputation follows in the background.
 */
final class ContactEffects {

    static final int DEFAULT_REST_HOURS = 4;

    private final HostContext host;

    ContactEffects(HostContext host) {
        this.host = host;
    }

    int restHours() {
        try {
            return Integer.parseInt(host.settings().get("rest-hours", Integer.toString(DEFAULT_REST_HOURS)).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_REST_HOURS;
        }
    }

    void apply(AccountEvent.ContactLogged contact) {
        var dsl = host.data().dsl();
        LocalDateTime at = LocalDateTime.ofInstant(contact.occurredAt(), ZoneOffset.UTC);
        LocalDateTime callback = dsl.select(CONTACT_ATTEMPT.CALLBACK_AT).from(CONTACT_ATTEMPT)
                .where(CONTACT_ATTEMPT.ID.eq(contact.contactId())).fetchOptional(CONTACT_ATTEMPT.CALLBACK_AT).orElse(null);
        LocalDateTime rest = callback == null ? at.plusHours(restHours()) : at;
        dsl.update(WORKLIST_ACCOUNT)
                .set(WORKLIST_ACCOUNT.LAST_CONTACT_AT, at)
                .set(WORKLIST_ACCOUNT.CALLBACK_AT, callback)
                .set(WORKLIST_ACCOUNT.BLOCKED_UNTIL, DSL.greatest(WORKLIST_ACCOUNT.BLOCKED_UNTIL, DSL.inline(rest)))
                .where(WORKLIST_ACCOUNT.ACCOUNT_ID.eq(contact.accountId())).execute();
        dsl.update(WORKLIST_QUEUE_ENTRY)
                .set(WORKLIST_QUEUE_ENTRY.CALLBACK_AT, callback)
                .set(WORKLIST_QUEUE_ENTRY.BLOCKED_UNTIL, DSL.greatest(WORKLIST_QUEUE_ENTRY.BLOCKED_UNTIL, DSL.inline(rest)))
                .where(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID.eq(contact.accountId())).execute();
    }
}
