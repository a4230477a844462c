package app.settle.portal.audit;

import java.time.Instant;

/** One stored audit row. */
public record AuditRecord(long id, Instant occurredAt, String actor, String source, String action,
                          String entityType, String entityId, String before, String after) {
}
