package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;
import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_ENTRY;

import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The order a collector chose by clicking a column header of My worklist, applied by the database inside each
 * part of the list (callbacks due, callable now, the rest stay in that order: the guard's view comes first). Each
 * is one whole-number key, ascending, with the account id breaking ties, so keyset paging works the same for all:
 * the queue's own order reads the index {@code ix_worklist_entry_rank} in order; the others sort the part's
 * entries of the collector (a personal queue holds one collector's accounts, so that stays small).
 */
enum WorklistSort {
    QUEUE("the queue's order"),
    BALANCE_DESC("highest balance first"),
    BALANCE_ASC("lowest balance first"),
    DAYS_PAST_DUE_DESC("most days past due first"),
    DAYS_PAST_DUE_ASC("fewest days past due first"),
    SCORE_DESC("highest score first"),
    SCORE_ASC("lowest score first");

    private final String label;

    WorklistSort(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The ascending key; {@link #QUEUE} is the stored rank. */
    Field<Long> key() {
        var w = WORKLIST_ACCOUNT;
        return switch (this) {
            case QUEUE -> WORKLIST_QUEUE_ENTRY.RANK_VALUE;
            case BALANCE_DESC -> DSL.inline(0L).minus(DSL.round(w.BALANCE.times(100)).cast(Long.class));
            case BALANCE_ASC -> DSL.round(w.BALANCE.times(100)).cast(Long.class);
            case DAYS_PAST_DUE_DESC -> DSL.inline(0L).minus(w.DAYS_PAST_DUE.cast(Long.class));
            case DAYS_PAST_DUE_ASC -> w.DAYS_PAST_DUE.cast(Long.class);
            case SCORE_DESC -> DSL.inline(0L).minus(w.SCORE.cast(Long.class));
            case SCORE_ASC -> w.SCORE.cast(Long.class);
        };
    }

    /** The sort for a column key of the grid ("balance", "pastDue", "why") and direction; anything else: the queue's. */
    static WorklistSort of(String column, boolean descending) {
        return switch (column == null ? "" : column) {
            case "balance" -> descending ? BALANCE_DESC : BALANCE_ASC;
            case "pastDue" -> descending ? DAYS_PAST_DUE_DESC : DAYS_PAST_DUE_ASC;
            case "why" -> descending ? SCORE_DESC : SCORE_ASC;
            default -> QUEUE;
        };
    }
}
