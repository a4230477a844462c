package app.settle.portal.timeline;

import static app.settle.api.db.Tables.TIMELINE_ENTRY;

import app.settle.api.core.TimelineItem;
import app.settle.portal.accounts.AccountScope;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Appends to and reads account timelines. */
@Service
public class TimelineService {

    private final DSLContext dsl;
    private final AccountScope scope;
    private final Clock clock;

    TimelineService(DSLContext dsl, AccountScope scope, Clock clock) {
        this.dsl = dsl;
        this.scope = scope;
        this.clock = clock;
    }

    /** Adds an entry now; {@code source} is "host" or a plugin id. */
    public void append(long accountId, String kind, String title, String detail, String source) {
        if (kind == null || !kind.matches("[A-Z][A-Z0-9_]{0,29}")) {
            throw new IllegalArgumentException("A timeline kind is an upper-case code of at most 30 characters");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A timeline entry needs a title");
        }
        dsl.insertInto(TIMELINE_ENTRY)
                .set(TIMELINE_ENTRY.ACCOUNT_ID, accountId)
                .set(TIMELINE_ENTRY.OCCURRED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .set(TIMELINE_ENTRY.KIND, kind)
                .set(TIMELINE_ENTRY.TITLE, cut(title, 200))
                .set(TIMELINE_ENTRY.DETAIL, cut(detail, 2000))
                .set(TIMELINE_ENTRY.SOURCE, source)
                .set(TIMELINE_ENTRY.USER_NAME, scope.actorOr(null))
                .execute();
    }

    /** The newest entries of an account the current user may see. */
    public List<TimelineItem> recent(long accountId, int limit) {
        scope.requireVisible(accountId);
        return dsl.selectFrom(TIMELINE_ENTRY)
                .where(TIMELINE_ENTRY.ACCOUNT_ID.eq(accountId))
                .orderBy(TIMELINE_ENTRY.OCCURRED_AT.desc(), TIMELINE_ENTRY.ID.desc())
                .limit(Math.max(1, Math.min(limit, 500)))
                .fetch(r -> new TimelineItem(r.getId(), r.getAccountId(), r.getOccurredAt().toInstant(ZoneOffset.UTC),
                        r.getKind(), r.getTitle(), r.getDetail(), r.getSource(), r.getUserName()));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
