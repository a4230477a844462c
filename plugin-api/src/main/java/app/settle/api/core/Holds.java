package app.settle.api.core;

import java.util.List;

/**
 * Places and releases holds on accounts. Every contact action and the worklist honour active holds without
 * knowing who placed them (the compliance guard reads them). Placing or releasing writes an audit row and a
 * timeline entry, in the caller's transaction if there is one. The caller must be allowed to see the account
 * (team scope), or an {@link AccountNotVisibleException} is thrown.
 */
public interface Holds {

    /** Places a hold with the reason's default effect and returns its id. */
    long place(long accountId, HoldReason reason, String note);

    /** Releases an active hold; releasing one that is already released is an error. */
    void release(long holdId, String note);

    List<Hold> active(long accountId);
}
