package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_QUEUE_ENTRY;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;

/**
 * The order a collector chose by clicking a column header of My worklist, applied by the database inside each
 * part of the list (callbacks due, callable now, the rest stay in that order: the guard's view comes first). Each
 * order is one whole-number key stored in the queue entry ({@link Queues#refreshMembers}, wherever the rank is
 * written) with an index shaped like {@code ix_worklist_entry_rank} (queue, owner, zone window, key, account), so
 * every part of the list is read in index order whatever its size: forwards for an ascending order, backwards
 * for a descending one (the account id then also descends, breaking ties). Keyset paging works the same for all.
 */
enum WorklistSort {
    QUEUE("the queue's order", WORKLIST_QUEUE_ENTRY.RANK_VALUE, false),
    BALANCE_DESC("highest balance first", WORKLIST_QUEUE_ENTRY.BALANCE_KEY, true),
    BALANCE_ASC("lowest balance first", WORKLIST_QUEUE_ENTRY.BALANCE_KEY, false),
    // the key is the day the account became past due: the oldest has the most days past due
    DAYS_PAST_DUE_DESC("most days past due first", WORKLIST_QUEUE_ENTRY.PAST_DUE_KEY, false),
    DAYS_PAST_DUE_ASC("fewest days past due first", WORKLIST_QUEUE_ENTRY.PAST_DUE_KEY, true),
    SCORE_DESC("highest score first", WORKLIST_QUEUE_ENTRY.SCORE_KEY, true),
    SCORE_ASC("lowest score first", WORKLIST_QUEUE_ENTRY.SCORE_KEY, false);

    private final String label;
    private final Field<Long> key;
    private final boolean backwards;

    WorklistSort(String label, Field<Long> key, boolean backwards) {
        this.label = label;
        this.key = key;
        this.backwards = backwards;
    }

    String label() {
        return label;
    }

    /** The stored key column, compared as is (an expression would keep the database from reading the index). */
    Field<Long> key() {
        return key;
    }

    /** Whether the index is read backwards: the key and then the account id descending. */
    boolean backwards() {
        return backwards;
    }

    /** The entries after a cursor's key and account id, in this order. */
    Condition after(Field<Long> key, Field<Long> accountId, long lastKey, long lastAccountId) {
        return backwards
                ? key.lt(lastKey).or(key.eq(lastKey).and(accountId.lt(lastAccountId)))
                : key.gt(lastKey).or(key.eq(lastKey).and(accountId.gt(lastAccountId)));
    }

    /** The ORDER BY of this order: the key, then the account id, in the same direction. */
    List<SortField<Long>> orderBy(Field<Long> key, Field<Long> accountId) {
        return backwards ? List.of(key.desc(), accountId.desc()) : List.of(key.asc(), accountId.asc());
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
