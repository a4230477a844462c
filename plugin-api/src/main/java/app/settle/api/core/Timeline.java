package app.settle.api.core;

import java.util.List;

/**
 * An account's history, newest first: imports, contacts, payments, holds, notes, and what plugins add
 * (promises, disputes…). Entries are append-only.
 */
public interface Timeline {

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
