package app.settle.api;

import java.util.Objects;

/**
 * One change to record in the audit trail.
 *
 * @param action     what happened, as a verb phrase in UPPER_SNAKE_CASE, e.g. {@code PLAN_CREATED}
 * @param entityType the kind of thing changed, e.g. {@code payment_plan}
 * @param entityId   which one, or null for changes without one
 * @param before     the state before the change as text (JSON is customary), or null for a creation
 * @param after      the state after the change, or null for a removal
 */
public record AuditEntry(String action, String entityType, String entityId, String before, String after) {
    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        if (!action.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("audit action must be UPPER_SNAKE_CASE, at most 64 characters: " + action);
        }
        if (entityType.isBlank() || entityType.length() > 64) {
            throw new IllegalArgumentException("audit entity type must be 1 to 64 characters");
        }
    }
}
