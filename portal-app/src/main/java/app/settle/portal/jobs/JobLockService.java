package app.settle.portal.jobs;

import app.settle.api.JobLocks;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The host's {@link JobLocks}: ShedLock's JDBC lock provider on table {@code shedlock} of the shared database,
 * so of several portal nodes only the one that takes a job's lock runs that tick. Each plugin gets its own view
 * ({@link #forOwner}) whose lock names start with its id.
 */
@Service
public class JobLockService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final LockingTaskExecutor executor;

    @Autowired
    public JobLockService(DataSource dataSource) {
        this(new JdbcLockProvider(dataSource, "shedlock"));
    }

    JobLockService(LockProvider provider) {
        this.executor = new DefaultLockingTaskExecutor(provider);
    }

    /** Job locks for one owner (a plugin id); its lock names are {@code <owner>:<name>}. */
    public JobLocks forOwner(String owner) {
        return (name, atLeast, atMost, task) -> run(owner + ":" + name, atLeast, atMost, task);
    }

    boolean run(String lockName, Duration lockAtLeastFor, Duration lockAtMostFor, Runnable task) {
        String name = lockName.substring(lockName.indexOf(':') + 1);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A job name is 1 to 40 letters, digits, '-' or '_': " + name);
        }
        if (lockAtLeastFor.isNegative() || lockAtMostFor.compareTo(lockAtLeastFor) < 0) {
            throw new IllegalArgumentException("lockAtMostFor must be at least lockAtLeastFor, and both not negative");
        }
        try {
            return executor.executeWithLock(() -> {
                task.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), lockName, lockAtMostFor, lockAtLeastFor)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Job " + lockName + " failed", e);
        }
    }
}
