package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.imports.ImportProgress;
import app.settle.portal.imports.PlacementImporter;
import app.settle.portal.testing.DomainTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmark behind docs/benchmarks.md: generates a portfolio of {@code -Dsettle.benchmark.accounts} accounts
 * and times generating, validating and importing its placement file through the real importer. Runs only when
 * asked: {@code ./mvnw -o -B -pl portal-app -am verify -Dtest=GeneratedPortfolioBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsettle.benchmark.accounts=1000000}.
 */
@EnabledIfSystemProperty(named = "settle.benchmark.accounts", matches = "\\d+")
class GeneratedPortfolioBenchmarkTest extends DomainTest {

    @Autowired
    PlacementImporter placements;

    @Test
    void generateValidateAndImport(@TempDir Path dir) throws Exception {
        int accounts = Integer.parseInt(System.getProperty("settle.benchmark.accounts"));
        int before = dsl.fetchCount(ACCOUNT);

        long started = System.nanoTime();
        var files = new DemoPortfolioGenerator(42, List.of("East Coast Recovery", "West Coast Recovery"),
                LocalDate.now(ZoneOffset.UTC)).write(dir, accounts);
        long generated = System.nanoTime();
        var report = placements.validate(files.placementFile(), "benchmark.csv", ImportProgress.NONE);
        long validated = System.nanoTime();
        var result = placements.importValidated(files.placementFile(), "benchmark.csv", report, "benchmark",
                ImportProgress.NONE);
        long imported = System.nanoTime();

        System.out.printf(Locale.US, "BENCHMARK %,d accounts (%s placement, %s payments): generate %.1f s,"
                        + " validate %.1f s, import %.1f s (%,.0f accounts/s)%n", accounts,
                GenerateCommand.size(files.placementBytes()), GenerateCommand.size(files.paymentBytes()),
                seconds(started, generated), seconds(generated, validated), seconds(validated, imported),
                accounts / seconds(validated, imported));
        assertThat(report.invalidRows()).isZero();
        assertThat(result.created()).isEqualTo(accounts);
        assertThat(dsl.fetchCount(ACCOUNT)).isEqualTo(before + accounts);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
