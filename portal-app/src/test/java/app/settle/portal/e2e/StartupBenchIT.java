package app.settle.portal.e2e;

import app.settle.portal.testing.BenchmarkReport;
import app.settle.portal.testing.TestPlugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Cold start of the production jar: a new JVM until the sign-in page answers, with no plugin and with four
 * test plugins, on a database already migrated (the first start, which also unpacks MariaDB and migrates, is
 * reported apart). Not part of the normal test run:
 * {@code ./mvnw -B verify -pl portal-app -am -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StartupBenchIT -Dsettle.bench=true}.
 */
@EnabledIfSystemProperty(named = "settle.bench", matches = "true")
class StartupBenchIT {

    private static final int RUNS = 5;

    @Test
    void coldStartWithNoneAndWithFourPlugins() {
        Path work = Path.of(System.getProperty("settle.test.work", "target/it-work"));
        Path none = work.resolve("bench-no-plugins");
        Path four = TestPlugins.folderWith(work.resolve("bench-four-plugins"), "showcase", "notes", "admin-tools", "view-throws");

        String loadBefore = loadAverage();
        Duration first = once("bench-0", none, true);
        List<Duration> withoutPlugins = runs("bench-0", none);
        once("bench-4", four, true);
        List<Duration> withPlugins = runs("bench-4", four);

        BenchmarkReport.write("Portal cold start", """
                Wall time from `java -jar portal-app.jar` until the sign-in page answers HTTP 200 (production mode,
                embedded MariaDB, demo data on), median of %d starts on an already migrated database.
                Measured %s with `-Dit.test=StartupBenchIT -Dsettle.bench=true` (see the class's Javadoc).

                | plugins | median | all runs |
                |---|---|---|
                | none | %s | %s |
                | 4 test plugins (showcase, notes, admin-tools, view-throws) | %s | %s |

                First start on an empty data folder (unpacks MariaDB, creates the schema and demo data): %s.
                Load average (1 min) before the runs: %s, after: %s (other work on the machine skews the figures).
                """.formatted(RUNS, LocalDate.now(), seconds(median(withoutPlugins)), all(withoutPlugins),
                seconds(median(withPlugins)), all(withPlugins), seconds(first), loadBefore, loadAverage()));
    }

    private static List<Duration> runs(String name, Path plugins) {
        List<Duration> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            times.add(once(name, plugins, false));
        }
        return times;
    }

    private static Duration once(String name, Path plugins, boolean fresh) {
        try (RunningPortal portal = fresh ? RunningPortal.start(name, plugins) : RunningPortal.restart(name, plugins)) {
            return portal.startup();
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Duration median(List<Duration> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private static String all(List<Duration> times) {
        return String.join(", ", times.stream().map(StartupBenchIT::seconds).toList());
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
