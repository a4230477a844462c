package app.settle.portal.audit;

import static app.settle.portal.jooq.Tables.AUDIT_EVENT;

import app.settle.api.AuditEntry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Writes and reads the append-only audit trail. A row written inside a transaction commits or rolls back
 * with the change it describes; the table itself refuses updates and deletes (database triggers).
 */
@Service
public class AuditTrail {

    private static final int MAX_VALUE_LENGTH = 60_000;

    private final DSLContext dsl;
    private final Clock clock;

    AuditTrail(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Records one change.
     *
     * @param actor  the username who made it, or {@code system}/{@code plugin:<id>} for background work
     * @param source {@code host} or the plugin id that reports the change
     */
    public void record(String actor, String source, AuditEntry entry) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .set(AUDIT_EVENT.ACTOR, truncate(actor, 64))
                .set(AUDIT_EVENT.SOURCE, truncate(source, 64))
                .set(AUDIT_EVENT.ACTION, entry.action())
                .set(AUDIT_EVENT.ENTITY_TYPE, entry.entityType())
                .set(AUDIT_EVENT.ENTITY_ID, truncate(entry.entityId(), 128))
                .set(AUDIT_EVENT.BEFORE_VALUE, truncate(entry.before(), MAX_VALUE_LENGTH))
                .set(AUDIT_EVENT.AFTER_VALUE, truncate(entry.after(), MAX_VALUE_LENGTH))
                .execute();
    }

    /** The newest rows for one entity, newest first. */
    public List<AuditRecord> forEntity(String entityType, String entityId, int limit) {
        return search(new AuditFilter(null, null, entityType, entityId, null, null), Long.MAX_VALUE, limit);
    }

    /**
     * Rows matching the filter, newest first, older than {@code beforeId} (keyset paging: pass the last id
     * shown to continue; no offset and no count, so it stays fast on a large table).
     */
    public List<AuditRecord> search(AuditFilter filter, long beforeId, int limit) {
        Condition where = AUDIT_EVENT.ID.lt(beforeId);
        if (present(filter.actor())) {
            where = where.and(AUDIT_EVENT.ACTOR.eq(filter.actor().strip()));
        }
        if (present(filter.action())) {
            where = where.and(AUDIT_EVENT.ACTION.eq(filter.action().strip()));
        }
        if (present(filter.entityType())) {
            where = where.and(AUDIT_EVENT.ENTITY_TYPE.eq(filter.entityType().strip()));
        }
        if (present(filter.entityId())) {
            where = where.and(AUDIT_EVENT.ENTITY_ID.eq(filter.entityId().strip()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT_EVENT.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        return dsl.selectFrom(AUDIT_EVENT)
                .where(where)
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(Math.max(1, Math.min(limit, 500)))
                .fetch(r -> new AuditRecord(r.getId(), r.getOccurredAt().toInstant(ZoneOffset.UTC), r.getActor(),
                        r.getSource(), r.getAction(), r.getEntityType(), r.getEntityId(), r.getBeforeValue(),
                        r.getAfterValue()));
    }

    /** The distinct actions recorded so far, for a filter's choices. */
    public List<String> actions() {
        return dsl.selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ACTION)
                .fetch(AUDIT_EVENT.ACTION);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
