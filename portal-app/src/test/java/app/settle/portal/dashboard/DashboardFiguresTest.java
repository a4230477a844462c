package app.settle.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.core.AgingBucket;
import app.settle.api.core.ContactOutcome;
import app.settle.portal.dashboard.DashboardFigures.AgingRow;
import app.settle.portal.dashboard.DashboardFigures.CollectorRow;
import app.settle.portal.dashboard.DashboardFigures.RollRow;
import app.settle.portal.testing.DomainTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's numbers agree with the raw rows: a portfolio with a year of contacts, payments (some reversed,
 * some in suspense), promise judgements, paid-off and written-off accounts is built in a team of its own; every
 * figure the dashboard shows is then recomputed here straight from the raw rows, account by account, and
 * compared — before and after the data changes in place (a suspense payment posted, an account paid off).
 */
class DashboardFiguresTest extends DomainTest {

    @Autowired
    KpiRefresh refresh;
    @Autowired
    KpiQueries queries;
    @Autowired
    DashboardScope scope;
    @Autowired
    Clock clock;

    long team;
    LocalDate today;
    long collectorId;
    final Random random = new Random(42);

    @BeforeEach
    void portfolio() {
        today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String name = ref("Dashboard team");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        team = users.createTeam(name, "test");
        collectorId = dsl.fetchOne("SELECT id FROM app_user WHERE username = 'collector'").get(0, Long.class);
        ContactOutcome[] outcomes = ContactOutcome.values();
        for (int i = 0; i < 40; i++) {
            long account = fixtures.account(ref("KPI")).team(name).balance(Integer.toString(200 + 37 * i))
                    .delinquentSince(today.minusDays(5 + 11L * i)).create().accountId();
            LocalDateTime placed = today.minusDays(random.nextInt(300)).atTime(9, 0);
            dsl.execute("UPDATE account SET placed_at = ?, collector_id = ? WHERE id = ?", placed,
                    i % 3 == 0 ? null : collectorId, account);
            for (int c = 0; c < 6; c++) {
                ContactOutcome outcome = outcomes[random.nextInt(outcomes.length)];
                dsl.execute("INSERT INTO contact_attempt (account_id, channel, direction, address, outcome,"
                                + " conversation, user_name, occurred_at) VALUES (?, 'CALL', 'OUTBOUND', '2125550100',"
                                + " ?, ?, ?, ?)", account, outcome.name(), outcome.conversationWithDebtor(),
                        c % 2 == 0 ? "collector" : "supervisor",
                        today.minusDays(random.nextInt(200)).atTime(random.nextInt(24), 15));
            }
            for (int p = 0; p < 3; p++) {
                String status = p == 2 && i % 4 == 0 ? "SUSPENSE" : "POSTED";
                payment(account, "PAYMENT", new BigDecimal(10 + i + p), today.minusDays(random.nextInt(200)), status);
            }
            if (i % 5 == 0) {
                payment(account, "REVERSAL", new BigDecimal("5.00"), today.minusDays(random.nextInt(100)), "POSTED");
            }
            dsl.execute("UPDATE account SET paid_total = (SELECT COALESCE(SUM(IF(kind = 'REVERSAL', -amount, amount)), 0)"
                    + " FROM payment WHERE account_id = ? AND status = 'POSTED') WHERE id = ?", account, account);
            if (i % 3 == 1) {
                timeline(account, i % 2 == 0 ? "PROMISE_KEPT" : "PROMISE_BROKEN",
                        today.minusDays(random.nextInt(120)).atTime(3, 0));
            }
            if (i % 7 == 3) {
                dsl.execute("UPDATE account SET status = 'PAID', current_balance = 0, resolved_at = ? WHERE id = ?",
                        today.minusDays(random.nextInt(150)).atTime(12, 0), account);
            } else if (i % 11 == 5) {
                dsl.execute("UPDATE account SET status = 'WRITTEN_OFF', resolved_at = ? WHERE id = ?",
                        today.minusDays(random.nextInt(150)).atTime(12, 0), account);
            }
            if (i % 6 == 2) {
                dsl.execute("INSERT INTO account_hold (account_id, reason, blocks_contact, blocks_collection, source,"
                        + " placed_by, placed_at) VALUES (?, ?, 0, 1, 'host', 'test', ?)", account,
                        i % 12 == 2 ? "DISPUTE" : "ATTORNEY", now);
            }
        }
        refresh.refreshWaiting(Duration.ofMinutes(1));
    }

    @Test
    void everyFigureAgreesWithTheRawRows() {
        for (Period period : List.of(new Period(today.minusDays(89), today), Period.Preset.LAST_12_MONTHS.on(today),
                Period.Preset.THIS_MONTH.on(today))) {
            assertAgreesWithRawRows(period);
        }
    }

    @Test
    void figuresFollowChangesMadeInPlace() {
        Period year = Period.Preset.LAST_12_MONTHS.on(today);
        DashboardFigures before = queries.figures(Set.of(team), year, today);

        long suspense = dsl.fetchOne("SELECT p.id FROM payment p JOIN account a ON a.id = p.account_id"
                + " WHERE a.team_id = ? AND p.status = 'SUSPENSE' LIMIT 1", team).get(0, Long.class);
        dsl.execute("UPDATE payment SET status = 'POSTED', posted_at = ? WHERE id = ?", LocalDateTime.now(), suspense);
        long active = dsl.fetchOne("SELECT id FROM account WHERE team_id = ? AND status = 'ACTIVE' LIMIT 1", team)
                .get(0, Long.class);
        dsl.execute("UPDATE account SET status = 'PAID', current_balance = 0, resolved_at = ?, updated_at = ? WHERE id = ?",
                LocalDateTime.now(ZoneOffset.UTC), LocalDateTime.now(ZoneOffset.UTC), active);
        refresh.refreshWaiting(Duration.ofMinutes(1));

        DashboardFigures after = queries.figures(Set.of(team), year, today);
        assertThat(after.activity().collected()).isGreaterThan(before.activity().collected());
        assertThat(after.activeAccounts()).isEqualTo(before.activeAccounts() - 1);
        assertAgreesWithRawRows(year);
    }

    @Test
    void aContactThatCommitsLateWithALowerIdIsStillCounted() {
        long account = dsl.fetchOne("SELECT id FROM account WHERE team_id = ? LIMIT 1", team).get(0, Long.class);
        LocalDateTime lastWeek = today.minusDays(7).atTime(11, 0);
        long gap = contact(account, lastWeek);
        dsl.execute("DELETE FROM contact_attempt WHERE id = ?", gap);
        contact(account, lastWeek);
        refresh.refreshWaiting(Duration.ofMinutes(1));
        Period week = new Period(today.minusDays(7), today.minusDays(7));
        long before = queries.figures(Set.of(team), week, today).activity().attempts();

        // a transaction that took its id before the last refresh and committed after it
        dsl.execute("INSERT INTO contact_attempt (id, account_id, channel, direction, address, outcome, conversation,"
                + " user_name, occurred_at) VALUES (?, ?, 'CALL', 'OUTBOUND', '2125550100', 'NO_ANSWER', 0,"
                + " 'collector', ?)", gap, account, lastWeek);
        refresh.refreshWaiting(Duration.ofMinutes(1));

        assertThat(queries.figures(Set.of(team), week, today).activity().attempts()).isEqualTo(before + 1);
        assertAgreesWithRawRows(week);
    }

    @Test
    void aSupervisorSeesOnlyTheTeamsTheyLead() {
        var supervisor = users.findByUsername("supervisor").orElseThrow().toRef();
        assertThat(scope.teamsOf(supervisor)).doesNotContainKey(team);
        assertThatThrownBy(() -> scope.resolve(supervisor, team)).isInstanceOf(SecurityException.class);
        var admin = users.findByUsername("admin").orElseThrow().toRef();
        assertThat(scope.resolve(admin, team)).containsExactly(team);
        var collector = users.findByUsername("collector").orElseThrow().toRef();
        assertThat(scope.teamsOf(collector)).isEmpty();
    }

    private void assertAgreesWithRawRows(Period period) {
        DashboardFigures f = queries.figures(Set.of(team), period, today);
        LocalDateTime start = period.from().atStartOfDay();
        LocalDateTime end = period.to().plusDays(1).atStartOfDay();

        List<Record> contacts = dsl.fetch("SELECT c.* FROM contact_attempt c JOIN account a ON a.id = c.account_id"
                + " WHERE a.team_id = ? AND c.occurred_at >= ? AND c.occurred_at < ?", team, start, end);
        long attempts = contacts.stream().filter(c -> !c.get("outcome").equals("SENT")).count();
        long rightParty = contacts.stream()
                .filter(c -> ContactOutcome.valueOf(c.get("outcome", String.class)).conversationWithDebtor()).count();
        long promises = contacts.stream().filter(c -> c.get("outcome").equals("PROMISE_TO_PAY")).count();
        assertThat(f.activity().attempts()).as("attempts in " + period).isEqualTo(attempts);
        assertThat(f.activity().rightParty()).isEqualTo(rightParty);
        assertThat(f.activity().promises()).isEqualTo(promises);

        List<Record> payments = dsl.fetch("SELECT p.*, a.collector_id FROM payment p JOIN account a ON a.id = p.account_id"
                + " WHERE a.team_id = ? AND p.status = 'POSTED' AND p.paid_on BETWEEN ? AND ?", team, period.from(),
                period.to());
        BigDecimal collected = payments.stream().map(DashboardFiguresTest::signed).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(f.activity().collected()).isEqualByComparingTo(collected);
        assertThat(f.activity().payments()).isEqualTo(payments.stream().filter(p -> p.get("kind").equals("PAYMENT")).count());

        List<Record> judged = dsl.fetch("SELECT t.kind FROM timeline_entry t JOIN account a ON a.id = t.account_id"
                + " WHERE a.team_id = ? AND t.kind IN ('PROMISE_KEPT','PROMISE_BROKEN') AND t.occurred_at >= ?"
                + " AND t.occurred_at < ?", team, start, end);
        assertThat(f.activity().kept()).isEqualTo(judged.stream().filter(t -> t.get(0).equals("PROMISE_KEPT")).count());
        assertThat(f.activity().broken()).isEqualTo(judged.stream().filter(t -> t.get(0).equals("PROMISE_BROKEN")).count());

        CollectorRow collector = f.collectors().stream().filter(c -> c.username().equals("collector")).findFirst()
                .orElseThrow();
        assertThat(collector.attempts()).isEqualTo(contacts.stream()
                .filter(c -> c.get("user_name").equals("collector") && !c.get("outcome").equals("SENT")).count());
        assertThat(collector.collected()).isEqualByComparingTo(payments.stream()
                .filter(p -> Long.valueOf(collectorId).equals(p.get("collector_id", Long.class)))
                .map(DashboardFiguresTest::signed).reduce(BigDecimal.ZERO, BigDecimal::add));

        List<Record> accounts = dsl.fetch("SELECT * FROM account WHERE team_id = ?", team);
        for (AgingBucket bucket : AgingBucket.values()) {
            List<Record> in = accounts.stream().filter(a -> a.get("status").equals("ACTIVE")
                    && AgingBucket.of(dpd(a, today)) == bucket).toList();
            AgingRow row = f.aging().get(bucket.ordinal());
            assertThat(row.accounts()).as("accounts " + bucket).isEqualTo(in.size());
            assertThat(row.balance()).isEqualByComparingTo(in.stream().map(a -> a.get("current_balance", BigDecimal.class))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        List<Record> placed = accounts.stream().filter(a -> {
            YearMonth m = YearMonth.from(a.get("placed_at", LocalDateTime.class));
            return !m.isBefore(YearMonth.from(period.from())) && !m.isAfter(YearMonth.from(period.to()));
        }).toList();
        assertThat(f.recovery().accounts()).isEqualTo(placed.size());
        assertThat(f.recovery().paid()).isEqualByComparingTo(placed.stream()
                .map(a -> a.get("paid_total", BigDecimal.class)).reduce(BigDecimal.ZERO, BigDecimal::add));

        for (RollRow roll : f.rollRates()) {
            YearMonth before = roll.month().minusMonths(1);
            LocalDate monthEnd = roll.month().atEndOfMonth().isAfter(today) ? today : roll.month().atEndOfMonth();
            long atStart = 0;
            long rolled = 0;
            long resolved = 0;
            for (Record a : accounts) {
                YearMonth placedIn = YearMonth.from(a.get("placed_at", LocalDateTime.class));
                LocalDateTime resolvedAt = a.get("resolved_at", LocalDateTime.class);
                YearMonth resolvedIn = a.get("status").equals("ACTIVE") ? null : YearMonth.from(resolvedAt);
                boolean activeAtStart = !placedIn.isAfter(before) && (resolvedIn == null || resolvedIn.isAfter(before));
                if (!activeAtStart || AgingBucket.of(dpd(a, before.atEndOfMonth())) != roll.bucket()) {
                    continue;
                }
                atStart++;
                if (roll.month().equals(resolvedIn)) {
                    resolved++;
                } else if (AgingBucket.of(dpd(a, monthEnd)).ordinal() > roll.bucket().ordinal()) {
                    rolled++;
                }
            }
            assertThat(roll.atStart()).as("at start " + roll.month() + " " + roll.bucket()).isEqualTo(atStart);
            assertThat(roll.resolved()).as("resolved " + roll.month() + " " + roll.bucket()).isEqualTo(resolved);
            if (roll.rolled() != null) {
                assertThat(roll.rolled()).as("rolled " + roll.month() + " " + roll.bucket()).isEqualTo(rolled);
            }
        }

        long disputes = dsl.fetchOne("SELECT COUNT(DISTINCT h.account_id) FROM account_hold h JOIN account a"
                + " ON a.id = h.account_id WHERE a.team_id = ? AND h.released_at IS NULL AND h.reason = 'DISPUTE'", team)
                .get(0, Long.class);
        assertThat(f.holds()).anySatisfy(h -> {
            assertThat(h.reason()).isEqualTo("DISPUTE");
            assertThat(h.accounts()).isEqualTo(disputes);
        });
    }

    private static long dpd(Record account, LocalDate on) {
        return Math.max(0, ChronoUnit.DAYS.between(account.get("delinquency_date", LocalDate.class), on));
    }

    private static BigDecimal signed(Record payment) {
        BigDecimal amount = payment.get("amount", BigDecimal.class);
        return payment.get("kind").equals("REVERSAL") ? amount.negate() : amount;
    }

    private void payment(long account, String kind, BigDecimal amount, LocalDate paidOn, String status) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        dsl.execute("INSERT INTO payment (external_ref, account_id, kind, amount, currency, paid_on, status, posted_at,"
                        + " created_at) VALUES (?, ?, ?, ?, 'USD', ?, ?, ?, ?)", ref("PAY"), account, kind, amount, paidOn,
                status, status.equals("POSTED") ? now : null, now);
    }

    private long contact(long account, LocalDateTime at) {
        dsl.execute("INSERT INTO contact_attempt (account_id, channel, direction, address, outcome, conversation,"
                + " user_name, occurred_at) VALUES (?, 'CALL', 'OUTBOUND', '2125550100', 'NO_ANSWER', 0, 'collector', ?)",
                account, at);
        return dsl.fetchOne("SELECT MAX(id) FROM contact_attempt").get(0, Long.class);
    }

    private void timeline(long account, String kind, LocalDateTime at) {
        dsl.execute("INSERT INTO timeline_entry (account_id, occurred_at, kind, title, source) VALUES (?, ?, ?, ?, 'test')",
                account, at, kind, kind.equals("PROMISE_KEPT") ? "Promise kept" : "Promise broken");
    }
}
