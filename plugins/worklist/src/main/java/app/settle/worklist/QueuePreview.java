package app.settle.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;

import app.settle.api.HostContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.impl.DSL;

/**
 * What would fall in a queue before it is saved: how many accounts (exact up to {@link #EXACT_UP_TO}, beyond that
 * "more than", so a big team costs one bounded scan) and the highest-scored examples. Team-scoped.
 */
final class QueuePreview {

    static final int EXACT_UP_TO = 100_000;
    static final int EXAMPLES = 5;

    private final HostContext host;

    QueuePreview(HostContext host) {
        this.host = host;
    }

    record Example(long accountId, String externalRef, int score, String balance, int daysPastDue) {
    }

    record Result(int count, boolean capped, List<Example> examples) {
        String countText() {
            return capped ? "More than " + Numbers.count(count) + " accounts" : Numbers.count(count) + " account"
                    + (count == 1 ? "" : "s");
        }
    }

    Result of(QueueDefinition queue) {
        Access.requireTeam(host, queue.teamId());
        var dsl = host.data().dsl();
        LocalDateTime now = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
        var matching = dsl.select(DSL.inline(1)).from(WORKLIST_ACCOUNT)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(WORKLIST_ACCOUNT.ACCOUNT_ID))
                .where(queue.membership(now), host.accounts().visibleToCurrentUser())
                .limit(EXACT_UP_TO + 1);
        int count = dsl.fetchCount(matching);
        List<Example> examples = dsl.select(WORKLIST_ACCOUNT.ACCOUNT_ID, ACCOUNT.EXTERNAL_REF, WORKLIST_ACCOUNT.SCORE,
                        WORKLIST_ACCOUNT.BALANCE, WORKLIST_ACCOUNT.DAYS_PAST_DUE)
                .from(WORKLIST_ACCOUNT).join(ACCOUNT).on(ACCOUNT.ID.eq(WORKLIST_ACCOUNT.ACCOUNT_ID))
                .where(queue.membership(now), host.accounts().visibleToCurrentUser())
                .orderBy(WORKLIST_ACCOUNT.SCORE.desc())
                .limit(EXAMPLES)
                .fetch(r -> new Example(r.value1(), r.value2(), r.value3(), "$" + Numbers.plain(r.value4()), r.value5()));
        return new Result(Math.min(count, EXACT_UP_TO), count > EXACT_UP_TO, examples);
    }
}
