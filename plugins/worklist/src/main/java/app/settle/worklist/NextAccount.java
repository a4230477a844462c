package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_ENTRY;

import app.settle.api.HostContext;
import app.settle.api.UserRef;
import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * "Next account": the best-ranked account of the collector's queue that may be called right now, confirmed by the
 * compliance guard (the list's SQL only predicts it). An account the guard refuses is skipped and its predicted
 * block corrected (until the guard's "allowed from", or for good until the next recomputation), so it does not come
 * back on top.
 */
final class NextAccount {

    static final int BATCH = 10;
    static final int MAX_BATCHES = 5;

    private final HostContext host;
    private final WorklistQuery query;

    NextAccount(HostContext host) {
        this.host = host;
        this.query = new WorklistQuery(host);
    }

    /** The account to open and the number the guard allows calling now. */
    record Offer(long accountId, String phone) {
    }

    Optional<Offer> next(QueueDefinition queue) {
        UserRef user = Access.requireWorker(host);
        Cursor after = null;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            WorklistQuery.Page page = query.page(queue, user, WorklistFilter.CALLABLE, after, BATCH);
            for (WorklistRow row : page.rows()) {
                Optional<Offer> offer = confirm(row.accountId());
                if (offer.isPresent()) {
                    return offer;
                }
            }
            if (page.next() == null) {
                return Optional.empty();
            }
            after = page.next();
        }
        return Optional.empty();
    }

    /** Asks the guard about each phone of the account that is not known to be wrong; the first allowed wins. */
    Optional<Offer> confirm(long accountId) {
        Instant now = host.clock().instant();
        var dsl = host.data().dsl();
        List<String> phones = dsl.select(CONTACT_POINT.VALUE).from(CONTACT_POINT)
                .join(ACCOUNT).on(ACCOUNT.DEBTOR_ID.eq(CONTACT_POINT.DEBTOR_ID))
                .where(ACCOUNT.ID.eq(accountId), CONTACT_POINT.KIND.eq("PHONE"), host.accounts().visibleToCurrentUser())
                .andNotExists(dsl.selectOne().from(CONTACT_ATTEMPT).where(CONTACT_ATTEMPT.ACCOUNT_ID.eq(accountId),
                        CONTACT_ATTEMPT.ADDRESS.eq(CONTACT_POINT.VALUE), CONTACT_ATTEMPT.OUTCOME.eq("WRONG_NUMBER")))
                .orderBy(CONTACT_POINT.ID)
                .fetch(CONTACT_POINT.VALUE);
        Instant blockedUntil = null;
        for (String phone : phones) {
            ContactDecision decision = host.compliance().check(new ContactRequest(accountId, Channel.CALL, phone,
                    ContactPurpose.COLLECTION, now));
            if (decision.allowed()) {
                return Optional.of(new Offer(accountId, phone));
            }
            Instant from = decision.allowedFrom().orElse(null);
            if (from != null && (blockedUntil == null || from.isBefore(blockedUntil))) {
                blockedUntil = from;
            }
        }
        LocalDateTime until = blockedUntil == null ? Queues.NEVER : LocalDateTime.ofInstant(blockedUntil, ZoneOffset.UTC);
        dsl.update(WORKLIST_ACCOUNT).set(WORKLIST_ACCOUNT.BLOCKED_UNTIL, until)
                .where(WORKLIST_ACCOUNT.ACCOUNT_ID.eq(accountId)).execute();
        dsl.update(WORKLIST_QUEUE_ENTRY).set(WORKLIST_QUEUE_ENTRY.BLOCKED_UNTIL, until)
                .where(WORKLIST_QUEUE_ENTRY.ACCOUNT_ID.eq(accountId)).execute();
        return Optional.empty();
    }
}
