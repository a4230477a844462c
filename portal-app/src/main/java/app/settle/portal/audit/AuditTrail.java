package app.settle.portal.audit;

import static app.settle.portal.jooq.Tables.AUDIT_EVENT;

import app.settle.api.AuditEntry;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new AuditRecord(r.getId(), r.getOccurredAt().toInstant(ZoneOffset.UTC), r.getActor(),
                        r.getSource(), r.getAction(), r.getEntityType(), r.getEntityId(), r.getBeforeValue(),
                        r.getAfterValue()));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
