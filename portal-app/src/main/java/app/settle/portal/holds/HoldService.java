package app.settle.portal.holds;

import static app.settle.api.db.Tables.ACCOUNT_HOLD;

import app.settle.api.AuditEntry;
import app.settle.api.core.Hold;
import app.settle.api.core.HoldReason;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.timeline.TimelineService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Places and releases account holds, with a timeline entry and an audit row each. */
@Service
public class HoldService {

    private final DSLContext dsl;
    private final AccountScope scope;
    private final TimelineService timeline;
    private final AuditTrail audit;
    private final Clock clock;

    HoldService(DSLContext dsl, AccountScope scope, TimelineService timeline, AuditTrail audit, Clock clock) {
        this.dsl = dsl;
        this.scope = scope;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public long place(long accountId, HoldReason reason, String note, String source) {
        scope.requireVisibleIfSignedIn(accountId);
        String actor = scope.actorOr("plugin:" + source);
        long id = dsl.insertInto(ACCOUNT_HOLD)
                .set(ACCOUNT_HOLD.ACCOUNT_ID, accountId)
                .set(ACCOUNT_HOLD.REASON, reason.name())
                .set(ACCOUNT_HOLD.BLOCKS_CONTACT, reason.blocksContact())
                .set(ACCOUNT_HOLD.BLOCKS_COLLECTION, reason.blocksCollection())
                .set(ACCOUNT_HOLD.NOTE, note == null ? null : note.strip())
                .set(ACCOUNT_HOLD.SOURCE, source)
                .set(ACCOUNT_HOLD.PLACED_BY, actor)
                .set(ACCOUNT_HOLD.PLACED_AT, now())
                .returning(ACCOUNT_HOLD.ID)
                .fetchOne(ACCOUNT_HOLD.ID);
        timeline.append(accountId, "HOLD", reason.label() + " hold placed", note, source);
        audit.record(actor, source, new AuditEntry("HOLD_PLACED", "account_hold", Long.toString(id), null,
                "{\"account\":" + accountId + ",\"reason\":\"" + reason + "\"}"));
        return id;
    }

    @Transactional
    public void release(long holdId, String note, String source) {
        var hold = dsl.selectFrom(ACCOUNT_HOLD).where(ACCOUNT_HOLD.ID.eq(holdId)).fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("There is no hold " + holdId));
        scope.requireVisibleIfSignedIn(hold.getAccountId());
        String actor = scope.actorOr("plugin:" + source);
        int released = dsl.update(ACCOUNT_HOLD)
                .set(ACCOUNT_HOLD.RELEASED_AT, now())
                .set(ACCOUNT_HOLD.RELEASED_BY, actor)
                .where(ACCOUNT_HOLD.ID.eq(holdId).and(ACCOUNT_HOLD.RELEASED_AT.isNull()))
                .execute();
        if (released == 0) {
            throw new IllegalStateException("This hold was already released.");
        }
        HoldReason reason = HoldReason.valueOf(hold.getReason());
        timeline.append(hold.getAccountId(), "HOLD", reason.label() + " hold released", note, source);
        audit.record(actor, source, new AuditEntry("HOLD_RELEASED", "account_hold", Long.toString(holdId),
                "{\"released\":false}", "{\"released\":true}"));
    }

    public List<Hold> active(long accountId) {
        return dsl.selectFrom(ACCOUNT_HOLD)
                .where(ACCOUNT_HOLD.ACCOUNT_ID.eq(accountId).and(ACCOUNT_HOLD.RELEASED_AT.isNull()))
                .orderBy(ACCOUNT_HOLD.PLACED_AT)
                .fetch(r -> new Hold(r.getId(), r.getAccountId(), HoldReason.valueOf(r.getReason()),
                        r.getBlocksContact(), r.getBlocksCollection(), r.getNote(), r.getSource(), r.getPlacedBy(),
                        r.getPlacedAt().toInstant(ZoneOffset.UTC)));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
