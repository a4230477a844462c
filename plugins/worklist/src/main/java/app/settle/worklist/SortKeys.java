package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;

import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The whole-number keys of the column orders of My worklist ({@link WorklistSort}), computed from an account's
 * {@code worklist_account} row when its queue entries are written. The same formulas back-fill existing entries
 * in the changelog (changeset {@code worklist-003-sort-keys}); change both together.
 */
final class SortKeys {

    /** The balance in cents. */
    static final Field<Long> BALANCE = DSL.round(WORKLIST_ACCOUNT.BALANCE.times(100)).cast(Long.class);

    /**
     * The day (since 1970-01-01) the account became past due, as of its computation: it stays right as days pass,
     * so no daily rewrite, and the earliest day has the most days past due.
     */
    static final Field<Long> PAST_DUE = DSL.field("DATEDIFF({0}, '1970-01-01') - {1}", Long.class,
            WORKLIST_ACCOUNT.COMPUTED_AT, WORKLIST_ACCOUNT.DAYS_PAST_DUE);

    /** The score. */
    static final Field<Long> SCORE = WORKLIST_ACCOUNT.SCORE.cast(Long.class);

    private SortKeys() {
    }
}
