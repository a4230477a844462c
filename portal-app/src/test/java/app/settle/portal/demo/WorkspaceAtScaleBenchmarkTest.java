package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.TEAM;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.imports.ImportProgress;
import app.settle.portal.imports.PlacementImporter;
import app.settle.portal.testing.BenchmarkReport;
import app.settle.portal.testing.PortalUiTest;
import app.settle.portal.workspace.AccountWorkspaceView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server time of the account workspace with a large portfolio: a generated portfolio (default 1,000,000
 * accounts, {@code -Dsettle.bench.accounts=N}) imported through the real importer, then the workspace of random
 * accounts opened as the demo collector (East Coast Recovery accounts) and timed from navigation to a built view:
 * every query, the guard's decisions, plugin panels and component creation, without the browser. Runs only when
 * asked: {@code ./mvnw -B verify -pl portal-app -am -Dtest=WorkspaceAtScaleBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dsettle.bench=true}.
 */
@EnabledIfSystemProperty(named = "settle.bench", matches = "true")
class WorkspaceAtScaleBenchmarkTest extends PortalUiTest {

    private static final int WARM_UP = 100;
    private static final int MEASURED = 500;

    @Autowired
    DSLContext dsl;
    @Autowired
    PlacementImporter placements;

    @Test
    void workspaceServerTime(@TempDir Path dir) throws Exception {
        int accounts = Integer.getInteger("settle.bench.accounts", 1_000_000);
        long importNanos = 0;
        if (dsl.fetchCount(ACCOUNT) < accounts) {
            var files = new DemoPortfolioGenerator(7, DemoPortfolioGenerator.DEMO_TEAMS, LocalDate.now(ZoneOffset.UTC))
                    .write(dir, accounts);
            var report = placements.validate(files.placementFile(), "bench.csv", ImportProgress.NONE);
            long started = System.nanoTime();
            placements.importValidated(files.placementFile(), "bench.csv", report, "benchmark", ImportProgress.NONE);
            importNanos = System.nanoTime() - started;
        }
        int total = dsl.fetchCount(ACCOUNT);
        List<Long> eastIds = dsl.select(ACCOUNT.ID).from(ACCOUNT).join(TEAM).on(TEAM.ID.eq(ACCOUNT.TEAM_ID))
                .where(TEAM.NAME.eq("East Coast Recovery")).fetch(ACCOUNT.ID);
        Random random = new Random(11);

        openAs("collector");
        for (int i = 0; i < WARM_UP; i++) {
            open(eastIds.get(random.nextInt(eastIds.size())));
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long id = eastIds.get(random.nextInt(eastIds.size()));
            long started = System.nanoTime();
            open(id);
            micros.add((System.nanoTime() - started) / 1_000);
        }
        List<Long> sorted = micros.stream().sorted().toList();
        BenchmarkReport.write("Account workspace at scale", """
                Server time to open the account workspace (route `accounts/<id>`) as the demo collector: navigation to a
                built view in a browser-free UI (all queries, the compliance guard's decisions for every channel and
                address, plugin panels, components), %,d random East Coast accounts after %,d warm-up openings, with
                %,d accounts in the database (%,d of them East Coast), loaded through the placement importer%s.
                Measured %s with `WorkspaceAtScaleBenchmarkTest` (command in its Javadoc).

                | p50 | p95 | p99 | max |
                |---|---|---|---|
                | %s | %s | %s | %s |
                """.formatted(MEASURED, WARM_UP, total, eastIds.size(),
                importNanos == 0 ? "" : " (%.0f s)".formatted(importNanos / 1e9), LocalDate.now(ZoneOffset.UTC),
                ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), ms(sorted, 1.0)));
        assertThat(total).isGreaterThanOrEqualTo(accounts);
    }

    private void open(long accountId) {
        navigateTo("accounts/" + accountId);
        assertThat(getCurrentView()).isEqualTo(AccountWorkspaceView.class);
    }

    private static String ms(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return "%.1f ms".formatted(sorted.get(Math.max(0, index)) / 1000.0);
    }
}
