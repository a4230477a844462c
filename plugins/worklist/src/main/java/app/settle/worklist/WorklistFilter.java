package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;

import app.settle.api.core.AgingBucket;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A collector's filters on their worklist, on top of the queue (each optional). {@code callableOnly} keeps the
 * callbacks due and the accounts callable now.
 */
record WorklistFilter(AgingBucket bucket, BigDecimal balanceMin, String state, boolean callableOnly) {

    static final WorklistFilter NONE = new WorklistFilter(null, null, null, false);
    static final WorklistFilter CALLABLE = new WorklistFilter(null, null, null, true);

    WorklistFilter {
        state = state == null || state.isBlank() ? null : state.strip().toUpperCase();
        if (state != null && !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A state is a two-letter code such as NY.");
        }
        if (balanceMin != null && balanceMin.signum() < 0) {
            throw new IllegalArgumentException("The lowest balance is not negative.");
        }
    }

    Condition condition() {
        List<Condition> all = new ArrayList<>();
        if (bucket != null) {
            all.add(bucket.toDays() == Integer.MAX_VALUE ? WORKLIST_ACCOUNT.DAYS_PAST_DUE.ge(bucket.fromDays())
                    : WORKLIST_ACCOUNT.DAYS_PAST_DUE.between(bucket.fromDays(), bucket.toDays()));
        }
        if (balanceMin != null) {
            all.add(WORKLIST_ACCOUNT.BALANCE.ge(balanceMin));
        }
        if (state != null) {
            all.add(WORKLIST_ACCOUNT.STATE.eq(state));
        }
        return DSL.and(all);
    }
}
