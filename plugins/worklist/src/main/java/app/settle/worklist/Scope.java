package app.settle.worklist;

import java.util.Collection;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Which accounts a recomputation covers: all of them (nightly), a batch named by id (account events), or those
 * above an id (new placements: ids only grow). Rendered into the set-based SQL as a condition on an account id
 * column; ids are numbers, never user text.
 */
record Scope(String description, Collection<Long> ids, Long above) {

    static Scope all() {
        return new Scope("all accounts", null, null);
    }

    static Scope accounts(Collection<Long> ids) {
        return new Scope(ids.size() + " accounts", java.util.List.copyOf(ids), null);
    }

    static Scope above(long id) {
        return new Scope("accounts after id " + id, null, id);
    }

    boolean isAll() {
        return ids == null && above == null;
    }

    Condition on(Field<Long> accountId) {
        if (ids != null) {
            return ids.isEmpty() ? DSL.falseCondition() : accountId.in(ids);
        }
        return above != null ? accountId.gt(above) : DSL.trueCondition();
    }

    /** The same condition as SQL text on a column name, e.g. {@code account.id IN (1,2)}. */
    String sql(String column) {
        if (ids != null) {
            return ids.isEmpty() ? "1=0" : column + " IN (" + ids.stream().map(String::valueOf)
                    .collect(Collectors.joining(",")) + ")";
        }
        return above != null ? column + " > " + above : "1=1";
    }
}
