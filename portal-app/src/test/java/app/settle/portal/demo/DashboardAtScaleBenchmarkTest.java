package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.dashboard.DashboardView;
import app.settle.portal.dashboard.KpiRefresh;
import app.settle.portal.imports.ImportProgress;
import app.settle.portal.imports.PlacementImporter;
import app.settle.portal.testing.BenchmarkReport;
import app.settle.portal.testing.PortalUiTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dashboard server time with a large portfolio and a year of history: a generated portfolio (default 1,000,000
 * accounts, {@code -Dsettle.bench.accounts=N}) imported through the real importer, then three contact attempts
 * per account, a payment for every second account and a promise judgement for every tenth, spread over the last
 * 365 days. Measures the first full build of the pre-aggregated figures, an incremental refresh after a burst
 * of new activity, and the dashboard opened (navigation to a built view: the figures' queries and every
 * component) as the administrator (all teams, last 12 months) and as the supervisor (their team, this month).
 * Runs only when asked: {@code ./mvnw -B verify -pl plugin-api,portal-app -Dtest=DashboardAtScaleBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dsettle.bench=true}.
 */
@EnabledIfSystemProperty(named = "settle.bench", matches = "true")
class DashboardAtScaleBenchmarkTest extends PortalUiTest {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 100;

    @Autowired
    DSLContext dsl;
    @Autowired
    PlacementImporter placements;
    @Autowired
    KpiRefresh refresh;
    @Autowired
    Clock clock;

    @Test
    void dashboardServerTime(@TempDir Path dir) throws Exception {
        int accounts = Integer.getInteger("settle.bench.accounts", 1_000_000);
        if (dsl.fetchCount(ACCOUNT) < accounts) {
            var files = new DemoPortfolioGenerator(7, DemoPortfolioGenerator.DEMO_TEAMS, LocalDate.now(ZoneOffset.UTC))
                    .write(dir, accounts);
            var report = placements.validate(files.placementFile(), "bench.csv", ImportProgress.NONE);
            placements.importValidated(files.placementFile(), "bench.csv", report, "benchmark", ImportProgress.NONE);
        }
        int total = dsl.fetchCount(ACCOUNT);
        long historyStarted = System.nanoTime();
        if (dsl.fetchCount(dsl.selectFrom("contact_attempt")) < 2L * total) {
            yearOfHistory();
        }
        double historySeconds = (System.nanoTime() - historyStarted) / 1e9;
        long contacts = dsl.fetchCount(dsl.selectFrom("contact_attempt"));
        long payments = dsl.fetchCount(dsl.selectFrom("payment"));

        dsl.execute("DELETE FROM kpi_activity_day");
        dsl.execute("DELETE FROM kpi_account_group");
        dsl.execute("DELETE FROM kpi_refresh_state");
        KpiRefresh.Outcome full = refresh.refreshWaiting(Duration.ofMinutes(5));
        assertThat(full.ran()).isTrue();

        burstOfActivity();
        KpiRefresh.Outcome delta = refresh.refreshWaiting(Duration.ofMinutes(5));
        assertThat(delta.ran()).isTrue();

        List<Long> admin = timeDashboard("admin", "LAST_12_MONTHS");
        List<Long> supervisor = timeDashboard("supervisor", "THIS_MONTH");

        BenchmarkReport.write("Supervisor dashboard at scale", """
                Server time to open the dashboard (route `dashboard`: the figures' queries on the pre-aggregated tables,
                the holds query on `account_hold`, and every component), %,d openings each after %,d warm-up openings,
                with %,d accounts (imported through the placement importer), %,d contact attempts and %,d payments
                spread over the last 365 days%s. Measured %s with `DashboardAtScaleBenchmarkTest` (command in its
                Javadoc). Goal: under 500 ms.

                | Who, scope, period | p50 | p95 | max |
                |---|---|---|---|
                | admin, all teams, last 12 months | %s | %s | %s |
                | supervisor, own team, this month | %s | %s | %s |

                Keeping the figures: the first full build of `kpi_activity_day` and `kpi_account_group` from these rows
                took %.1f s (%,d days and %,d delinquency dates; done in the background when a portal first starts on a
                database); a refresh after 1,000 new contact attempts, 200 payments and 200 balance changes took
                %.2f s (the job runs every minute).
                """.formatted(MEASURED, WARM_UP, total, contacts, payments,
                historySeconds < 1 ? "" : " (history written in %.0f s)".formatted(historySeconds),
                LocalDate.now(ZoneOffset.UTC),
                ms(admin, 0.50), ms(admin, 0.95), ms(admin, 1.0),
                ms(supervisor, 0.50), ms(supervisor, 0.95), ms(supervisor, 1.0),
                full.took().toMillis() / 1000.0, full.days(), full.delinquencyDates(), delta.took().toMillis() / 1000.0));
        assertThat(total).isGreaterThanOrEqualTo(accounts);
    }

    private List<Long> timeDashboard(String user, String preset) {
        openAs(user);
        for (int i = 0; i < WARM_UP; i++) {
            open(preset);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            open(preset);
            micros.add((System.nanoTime() - started) / 1_000);
        }
        return micros.stream().sorted().toList();
    }

    private void open(String preset) {
        navigateTo("");
        navigateTo("dashboard?period=" + preset);
        assertThat(getCurrentView()).isEqualTo(DashboardView.class);
    }

    /** Three contact attempts per account, a payment for every second account, a judgement for every tenth. */
    private void yearOfHistory() {
        dsl.execute("""
                INSERT INTO contact_attempt (account_id, channel, direction, outcome, conversation, user_name, occurred_at)
                SELECT a.id, 'CALL', 'OUTBOUND',
                       ELT(1 + (a.id * 7 + s.seq) % 8, 'NO_ANSWER', 'LEFT_MESSAGE', 'NO_ANSWER', 'RIGHT_PARTY_CONTACT',
                           'PROMISE_TO_PAY', 'WRONG_NUMBER', 'REFUSED_TO_PAY', 'CALLBACK_REQUESTED'),
                       (a.id * 7 + s.seq) % 8 IN (3, 4, 6, 7),
                       IF(a.id % 2 = 0, 'collector', 'supervisor'),
                       UTC_TIMESTAMP() - INTERVAL ((a.id * 13 + s.seq * 101) % 365) DAY - INTERVAL (a.id % 600) MINUTE
                FROM account a JOIN seq_1_to_3 s""");
        dsl.execute("""
                INSERT INTO payment (external_ref, account_id, kind, amount, currency, paid_on, status, posted_at, created_at)
                SELECT CONCAT('BENCH-', a.id), a.id, 'PAYMENT', 25 + a.id % 200, 'USD',
                       UTC_DATE() - INTERVAL ((a.id * 17) % 365) DAY, 'POSTED', UTC_TIMESTAMP(), UTC_TIMESTAMP()
                FROM account a WHERE a.id % 2 = 0""");
        dsl.execute("""
                INSERT INTO timeline_entry (account_id, occurred_at, kind, title, source)
                SELECT a.id, UTC_TIMESTAMP() - INTERVAL ((a.id * 19) % 365) DAY,
                       IF(a.id % 3 = 0, 'PROMISE_BROKEN', 'PROMISE_KEPT'), 'Promise judged', 'benchmark'
                FROM account a WHERE a.id % 10 = 0""");
    }

    private void burstOfActivity() {
        dsl.execute("""
                INSERT INTO contact_attempt (account_id, channel, direction, outcome, conversation, user_name, occurred_at)
                SELECT a.id, 'CALL', 'OUTBOUND', 'RIGHT_PARTY_CONTACT', 1, 'collector', UTC_TIMESTAMP()
                FROM account a ORDER BY a.id DESC LIMIT 1000""");
        dsl.execute("""
                INSERT INTO payment (external_ref, account_id, kind, amount, currency, paid_on, status, posted_at, created_at)
                SELECT CONCAT('BURST-', a.id, '-', UNIX_TIMESTAMP()), a.id, 'PAYMENT', 10, 'USD', UTC_DATE(), 'POSTED',
                       UTC_TIMESTAMP(), UTC_TIMESTAMP()
                FROM account a ORDER BY a.id LIMIT 200""");
        dsl.execute("UPDATE account SET current_balance = GREATEST(current_balance - 10, 0), paid_total = paid_total + 10"
                + " ORDER BY id LIMIT 200");
    }

    private static String ms(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return "%.1f ms".formatted(sorted.get(Math.max(0, index)) / 1000.0);
    }
}
