package app.settle.api.core;

import java.util.List;

/**
 * An account's history, newest first: imports, contacts, payments, holds, notes, and what plugins add
 * (promises, disputes…). Entries are append-only.
 */
public interface Timeline {

    /**
     * The kind of entry that records a broken promise to pay (or a missed instalment of a plan), written by the
     * plugin that tracks promises when the grace period has passed. Queues count these entries as broken
     * promises, so an account with one comes back to the top of its queue with a flag. Added in plugin API 1.2.
     */
    String PROMISE_BROKEN = "PROMISE_BROKEN";

    /**
     * The kind of entry that records a promise to pay (or an instalment of a plan) judged kept: the money arrived
     * within its grace period. Written by the plugin that tracks promises; the supervisors' dashboard counts these
     * and {@link #PROMISE_BROKEN} entries for the promise-kept rate. Added in plugin API 1.3.
     */
    String PROMISE_KEPT = "PROMISE_KEPT";

    /**
     * Adds an entry now, by the current user (or the plugin for background work).
     *
     * @param kind  a short upper-case code, e.g. {@code PROMISE}; shown as an icon or badge
     * @param title one line people read, e.g. "Promise to pay $200.00 on 1 Dec"
     * @param detail more text, or null
     */
    void append(long accountId, String kind, String title, String detail);

    /** The newest entries first, at most {@code limit}. */
    List<TimelineItem> recent(long accountId, int limit);
}
