package app.settle.api;

import java.time.Duration;

/**
 * Runs a plugin's scheduled work on one portal node at a time. Several nodes share one database; each runs the
 * plugin's scheduler, and each tick asks {@link #runOnce} to run the task: the node that takes the named lock
 * runs it, the others skip that tick. The lock lives in the database (the host implements it with ShedLock's
 * JDBC provider), so the plugin needs no lock library of its own.
 *
 * <p>Lock names are per plugin: the host prefixes them with the plugin id, so two plugins never share a lock.
 * A lock is held while the task runs and at most {@code lockAtMostFor} (in case a node dies holding it), and is
 * released when the task returns or throws. The task runs on the caller's thread; an exception from it reaches
 * the caller after the lock is released.
 */
public interface JobLocks {

    /**
     * Runs {@code task} unless another node (or another thread) holds the lock {@code name}.
     *
     * @param name          the job's name, letters, digits, '-' and '_', e.g. {@code evaluate-promises}
     * @param lockAtLeastFor how long the lock stays taken even if the task is quicker, so that a node whose tick
     *                       comes a little later skips the same run (e.g. half the job's interval)
     * @param lockAtMostFor  how long the lock may be held if the node dies while the task runs; longer than the
     *                       task can take
     * @return true if the task ran here, false if the lock was held elsewhere
     */
    boolean runOnce(String name, Duration lockAtLeastFor, Duration lockAtMostFor, Runnable task);
}
