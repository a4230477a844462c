package app.settle.api.core;

import java.time.Instant;

/** An active hold on an account. */
public record Hold(long id, long accountId, HoldReason reason, boolean blocksContact, boolean blocksCollection,
                   String note, String source, String placedBy, Instant placedAt) {
}
