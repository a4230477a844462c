package app.settle.api;

import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The shared MariaDB, through jOOQ. A plugin reads and writes its own tables (prefixed with its id) and
 * reaches the host's data only through host services. Connections come from the host's pool;
 * {@link #inTransaction} commits when the work returns and rolls back when it throws.
 */
public interface DataAccess {

    /** A DSLContext on the host's pool; each statement runs in its own transaction unless nested. */
    DSLContext dsl();

    <T> T inTransaction(Function<DSLContext, T> work);

    default void inTransaction(Consumer<DSLContext> work) {
        inTransaction(dsl -> {
            work.accept(dsl);
            return null;
        });
    }
}
