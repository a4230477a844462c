package app.settle.api.core;

import java.time.Instant;

/** One entry of an account's timeline. */
public record TimelineItem(long id, long accountId, Instant occurredAt, String kind, String title, String detail,
                           String source, String userName) {
}
