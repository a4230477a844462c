package app.settle.portal.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.testing.BenchmarkReport;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The cadence job at scale (default 1,000,000 accounts, {@code -Dsettle.bench.accounts=N}): a set-based fill of
 * accounts whose days past due run evenly over 0–364 (debtors in New York, each with an email address and a mobile
 * phone), then one DPD cadence over days 1–365 with steps on day 10 (email), 30 (text message) and 60 (email). Measured
 * with the shipped jars and the job ticking every second: the first day (every account enters the cadence; the steps
 * due today go out) and the next day (the host clock moved on: accounts cross into and out of the cadence, the next
 * accounts' steps go out), each from the tick that starts the run until every due message is SENT. Email goes through
 * the plugin's SMTP channel to GreenMail, text messages to the demo SMS plugin's file; every message goes through the
 * compliance guard and the host's contact log. Runs only when asked:
 * {@code ./mvnw -o -B verify -pl plugin-api,plugins/outreach,plugins/sms-demo,portal-app -Dtest=OutreachBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dsettle.bench=true}. The million accounts stay in the test
 * MariaDB under {@code portal-app/target/test-work} (about 1.7 GB): delete that folder after a run.
 */
@EnabledIfSystemProperty(named = "settle.bench", matches = "true")
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class OutreachBenchmarkTest {

    static final java.nio.file.Path WORK = TestDatabase.workDir().resolve("outreach-bench");
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final MovableClock CLOCK = new MovableClock();
    private static final int CHUNK = 100_000;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        java.time.Clock benchClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void plugins(DynamicPropertyRegistry registry) {
        MAIL.start();
        OutreachFixtures.deleteTree(WORK.resolve("plugin-data"));
        TestPlugins.folderWithShipped(WORK.resolve("plugins"), "outreach", "sms-demo");
        registry.add("settle.plugins.dir", () -> WORK.resolve("plugins").toString());
        registry.add("settle.plugins.data-dir", () -> WORK.resolve("plugin-data").toString());
        registry.add("settle.plugins.outreach.job-initial-delay-seconds", () -> "1");
        registry.add("settle.plugins.outreach.job-interval-seconds", () -> "1");
        registry.add("settle.plugins.outreach.smtp-host", () -> "127.0.0.1");
        registry.add("settle.plugins.outreach.smtp-port", () -> Integer.toString(MAIL.getSmtp().getPort()));
        registry.add("settle.plugins.outreach.mail-from", () -> "collections@settle.test");
    }

    @AfterAll
    static void cleanUp() {
        MAIL.stop();
        OutreachFixtures.deleteTree(WORK.resolve("plugin-data"));
    }

    @Autowired
    DSLContext dsl;

    @Test
    void cadenceJobAtScale() throws Exception {
        int accounts = Integer.getInteger("settle.bench.accounts", 1_000_000);
        long started = System.nanoTime();
        fill(accounts);
        double fillSeconds = seconds(started);
        OutreachFixtures outreach = new OutreachFixtures(dsl);
        long email = outreach.template("Bench email", "EMAIL", "Your account", OutreachFixtures.EMAIL_BODY, false);
        long sms = outreach.template("Bench text", "SMS", null, OutreachFixtures.SMS_BODY, false);
        long lateEmail = outreach.template("Bench email 60", "EMAIL", "Still open", OutreachFixtures.EMAIL_BODY, false);

        long dueToday = dueOn(CLOCK.today());
        started = System.nanoTime();
        outreach.onlyCadence("Bench", "DPD", 1, 365, false, Map.of(email, 10, sms, 30, lateEmail, 60));
        awaitSent(dueToday, Duration.ofMinutes(30));
        double firstDay = seconds(started);
        long enrolled = dsl.fetchCount(dsl.selectFrom("outreach_enrolment").where("active_key IS NOT NULL"));
        int mailsFirst = MAIL.getReceivedMessages().length;

        long dueTomorrow = dueOn(CLOCK.today().plusDays(1));
        long sentBefore = sent();
        started = System.nanoTime();
        CLOCK.advance(Duration.ofDays(1));
        awaitSent(sentBefore + dueTomorrow, Duration.ofMinutes(30));
        double nextDay = seconds(started);
        int mailsNext = MAIL.getReceivedMessages().length - mailsFirst;

        assertThat(dsl.fetchCount(dsl.selectFrom("outreach_message").where("status <> 'SENT'"))).isZero();
        assertThat(MAIL.getReceivedMessages()).hasSize(mailsFirst + mailsNext);
        BenchmarkReport.write("Outreach cadence job", """
                Command: `./mvnw -o -B verify -pl plugin-api,plugins/outreach,plugins/sms-demo,portal-app -Dtest=OutreachBenchmarkTest \
                -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dsettle.bench=true` (`-Dsettle.bench.accounts=N` for another size).
                Shipped outreach and demo SMS jars, embedded MariaDB 11.4, GreenMail SMTP in the same JVM, job every second.
                One DPD cadence (days 1–365) with steps on day 10 (email), 30 (text message) and 60 (email); accounts' days past
                due spread evenly over 0–364, so about 3 in 365 have a step due on a given day. Every message goes through the
                compliance guard, the host's contact log, the channel and the timeline.

                | figure | value |
                |---|---|
                | accounts | %,d |
                | fill (set-based SQL, not part of the job) | %.1f s |
                | first day: %,d accounts enter, %,d messages due | %.1f s decide and send (goal: under 5 minutes) |
                | next day: accounts move on, %,d messages due | %.1f s decide and send |
                | emails through SMTP to GreenMail (first day / next day) | %,d / %,d |
                | messages per second, end to end (next day) | %.0f |
                """.formatted(accounts, fillSeconds, enrolled, dueToday, firstDay, dueTomorrow, nextDay, mailsFirst,
                mailsNext, dueTomorrow / nextDay));
        dsl.execute("UPDATE outreach_cadence SET enabled = FALSE");
    }

    /** How many messages the cadence has due on a day: accounts 10, 30 or 60 days past due then. */
    private long dueOn(LocalDate day) {
        return dsl.fetchOne("SELECT COUNT(*) FROM account WHERE external_ref LIKE 'OB-%' AND delinquency_date IN"
                + " (?, ?, ?)", day.minusDays(10), day.minusDays(30), day.minusDays(60)).get(0, Long.class);
    }

    private long sent() {
        return dsl.fetchOne("SELECT COUNT(*) FROM outreach_message WHERE status = 'SENT'").get(0, Long.class);
    }

    private void awaitSent(long expected, Duration limit) throws InterruptedException {
        long until = System.nanoTime() + limit.toNanos();
        while (sent() < expected) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Only " + sent() + " of " + expected + " sent within " + limit);
            }
            Thread.sleep(500);
        }
    }

    private void fill(int accounts) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long creditor = dsl.fetchOptional("SELECT id FROM creditor WHERE code = 'OBENCH'").map(r -> r.get(0, Long.class))
                .orElseGet(() -> {
                    dsl.execute("INSERT INTO creditor (code, name, created_at) VALUES ('OBENCH', 'Bench Bank', ?)", now);
                    return dsl.fetchOne("SELECT id FROM creditor WHERE code = 'OBENCH'").get(0, Long.class);
                });
        long team = dsl.fetchOne("SELECT MIN(id) FROM team").get(0, Long.class);
        LocalDate today = CLOCK.today();
        for (int from = 1; from <= accounts; from += CHUNK) {
            int to = Math.min(accounts, from + CHUNK - 1);
            long before = dsl.fetchOne("SELECT COALESCE(MAX(id), 0) FROM debtor").get(0, Long.class);
            dsl.execute("""
                    INSERT INTO debtor (creditor_id, external_ref, kind, first_name, last_name, time_zone, state,
                        created_at, updated_at)
                    SELECT ?, CONCAT('OB-D-', seq), 'PERSON', 'Pat', CONCAT('Bench ', seq), 'America/New_York', 'NY', ?, ?
                    FROM seq_%d_to_%d""".formatted(from, to), creditor, now, now);
            long after = dsl.fetchOne("SELECT MAX(id) FROM debtor").get(0, Long.class);
            dsl.execute("""
                    INSERT INTO account (creditor_id, external_ref, debtor_id, team_id, currency, original_balance,
                        current_balance, paid_total, delinquency_date, status, placed_at, updated_at)
                    SELECT d.creditor_id, CONCAT('OB-', SUBSTRING(d.external_ref, 6)), d.id, ?, 'USD',
                        50 + (d.id * 7919) %% 25000, 50 + (d.id * 7919) %% 25000, 0, ? - INTERVAL (d.id %% 365) DAY,
                        'ACTIVE', ?, ?
                    FROM debtor d WHERE d.id > ? AND d.id <= ?""".formatted(), team, today, now, now, before, after);
            dsl.execute("""
                    INSERT INTO contact_point (debtor_id, kind, label, value, created_at)
                    SELECT d.id, 'PHONE', 'mobile', CONCAT('3', LPAD(d.id %% 1000000000, 9, '0')), ?
                    FROM debtor d WHERE d.id > ? AND d.id <= ?""".formatted(), now, before, after);
            dsl.execute("""
                    INSERT INTO contact_point (debtor_id, kind, value, created_at)
                    SELECT d.id, 'EMAIL', CONCAT('d', d.id, '@bench.test'), ?
                    FROM debtor d WHERE d.id > ? AND d.id <= ?""", now, before, after);
            System.out.printf(Locale.US, "Outreach bench fill: %,d accounts%n", to);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
