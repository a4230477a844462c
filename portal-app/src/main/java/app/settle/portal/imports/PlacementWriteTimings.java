package app.settle.portal.imports;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a placement import's database time went, step by step (wall time on the writer thread), summed over its
 * chunks: logged when an import ends, and read by the benchmark to show what remains between Settle and the
 * database's own bulk loader.
 */
final class PlacementWriteTimings {

    /** The steps of writing a chunk, in the order they run. */
    enum Step {
        /** Waiting for the placement write lock (another import writing a chunk). */
        LOCK,
        /** Existing accounts and debtors of the next chunk, read on the reading thread while a chunk is written. */
        PREFETCH,
        /** Creditors, the highest ids (and the look-up, if it could not be read ahead). */
        LOOKUPS,
        /** Assigning ids and planning the rows (their text is built while the server loads them). */
        ENCODE,
        DEBTOR,
        CONTACT_POINT,
        ACCOUNT,
        TIMELINE_ENTRY,
        /** The staged set-based path, for chunks the fast path refused (and their rollback). */
        STAGED,
        /** The batch's counts and the commit. */
        COMMIT
    }

    private final Map<Step, AtomicLong> nanos = new EnumMap<>(Step.class);
    private final AtomicLong stagedChunks = new AtomicLong();

    PlacementWriteTimings() {
        for (Step step : Step.values()) {
            nanos.put(step, new AtomicLong());
        }
    }

    /** Adds the time since {@code startedNanos} ({@link System#nanoTime()}) to a step. */
    void add(Step step, long startedNanos) {
        nanos.get(step).addAndGet(System.nanoTime() - startedNanos);
    }

    void stagedChunk() {
        stagedChunks.incrementAndGet();
    }

    double seconds(Step step) {
        return nanos.get(step).get() / 1e9;
    }

    long stagedChunks() {
        return stagedChunks.get();
    }

    /** "lookups 1.2 s, debtor 3.4 s, …" for a log line. */
    String summary() {
        StringJoiner out = new StringJoiner(", ");
        for (Step step : Step.values()) {
            out.add(String.format(Locale.ROOT, "%s %.1f s", step.name().toLowerCase(Locale.ROOT), seconds(step)));
        }
        return out + ", chunks staged " + stagedChunks();
    }
}
