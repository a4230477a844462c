package app.settle.portal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.JobLocks;
import app.settle.portal.testing.DomainTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job locks plugins get: two portal nodes (two lock services, each with its own ShedLock provider, on one
 * MariaDB) racing the same job run it once.
 */
class JobLockServiceTest extends DomainTest {

    @Autowired
    DataSource dataSource;

    @Test
    void twoNodesRacingTheSameJobRunItOnce() throws Exception {
        JobLocks nodeA = new JobLockService(new JdbcLockProvider(dataSource, "shedlock")).forOwner("race-test");
        JobLocks nodeB = new JobLockService(new JdbcLockProvider(dataSource, "shedlock")).forOwner("race-test");
        String job = ref("job").replace('-', '_');
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Runnable work = () -> {
            runs.incrementAndGet();
            sleep(300);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> nodes = List.of(
                    () -> {
                        start.await();
                        return nodeA.runOnce(job, Duration.ofSeconds(5), Duration.ofMinutes(1), work);
                    },
                    () -> {
                        start.await();
                        return nodeB.runOnce(job, Duration.ofSeconds(5), Duration.ofMinutes(1), work);
                    });
            List<Future<Boolean>> results = nodes.stream().map(pool::submit).toList();
            start.countDown();
            long ran = 0;
            for (Future<Boolean> result : results) {
                ran += result.get() ? 1 : 0;
            }
            assertThat(runs).hasValue(1);
            assertThat(ran).isEqualTo(1);
            // a node whose tick comes after the first finished still skips it while the lock lasts at least 5 s
            assertThat(nodeB.runOnce(job, Duration.ofSeconds(5), Duration.ofMinutes(1), work)).isFalse();
            assertThat(runs).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLockIsFreeAgainWhenItsMinimumHasPassedAndOwnersDoNotShareLocks() {
        JobLocks one = new JobLockService(dataSource).forOwner("owner-one");
        JobLocks two = new JobLockService(dataSource).forOwner("owner-two");
        String job = ref("job").replace('-', '_');
        AtomicInteger runs = new AtomicInteger();

        assertThat(one.runOnce(job, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(two.runOnce(job, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(one.runOnce(job, Duration.ZERO, Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(3);
    }

    @Test
    void badNamesAndDurationsAreRefused() {
        JobLocks locks = new JobLockService(dataSource).forOwner("owner");

        assertThatThrownBy(() -> locks.runOnce("no spaces", Duration.ZERO, Duration.ofMinutes(1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.runOnce("job", Duration.ofMinutes(2), Duration.ofMinutes(1), () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
