package app.settle.api;

/**
 * The append-only audit trail. Every change a user makes is recorded here: who (the current user, or
 * the plugin for background work), when (host clock, UTC), what, and the before/after state. Called
 * inside a transaction, the row commits or rolls back with the change it describes.
 */
public interface AuditLog {

    void record(AuditEntry entry);
}
