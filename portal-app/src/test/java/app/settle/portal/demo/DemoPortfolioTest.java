package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.ACCOUNT_HOLD;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.api.db.Tables.IMPORT_BATCH;
import static app.settle.api.db.Tables.PAYMENT;
import static app.settle.api.db.Tables.TEAM;
import static app.settle.api.db.Tables.TIMELINE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.compliance.Denial;
import app.settle.api.core.AgingBucket;
import app.settle.portal.testing.DomainTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo portfolio a new portal starts with (here 200 accounts in a context of its own): imported through
 * the real importer, spread like a real book, with a history that keeps the contact rules and holds that match
 * the debtors' flags; and created once only.
 */
@TestPropertySource(properties = "settle.demo-portfolio.accounts=200")
class DemoPortfolioTest extends DomainTest {

    @Autowired
    DemoPortfolio portfolio;
    @Autowired
    ComplianceGuard guard;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theAccountsCameThroughThePlacementImporterIntoBothDemoTeams() {
        assertThat(dsl.fetchCount(ACCOUNT)).isEqualTo(200);
        assertThat(dsl.select(IMPORT_BATCH.KIND, IMPORT_BATCH.STATUS, IMPORT_BATCH.CREATED_BY).from(IMPORT_BATCH)
                .fetch().map(r -> r.value1() + " " + r.value2() + " by " + r.value3()))
                .contains("PLACEMENT COMPLETED by system");
        assertThat(dsl.selectDistinct(TEAM.NAME).from(ACCOUNT).join(TEAM).on(TEAM.ID.eq(ACCOUNT.TEAM_ID))
                .fetch(TEAM.NAME)).containsExactlyInAnyOrder("East Coast Recovery", "West Coast Recovery");
    }

    @Test
    void paymentsCameThroughThePaymentImporterOnTheirDays() {
        assertThat(dsl.select(PAYMENT.KIND, PAYMENT.STATUS).from(PAYMENT).fetch()
                .map(r -> r.value1() + " " + r.value2())).contains("PAYMENT POSTED", "REVERSAL POSTED")
                .doesNotContain("PAYMENT SUSPENSE", "PAYMENT REJECTED", "REVERSAL REJECTED");
        assertThat(dsl.fetchCount(IMPORT_BATCH, IMPORT_BATCH.KIND.eq("PAYMENT"), IMPORT_BATCH.STATUS.eq("COMPLETED")))
                .isOne();
        Map<Long, Set<LocalDate>> paid = new HashMap<>();
        dsl.select(PAYMENT.ACCOUNT_ID, PAYMENT.PAID_ON).from(PAYMENT)
                .forEach(r -> paid.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        Map<Long, Set<LocalDate>> shown = new HashMap<>();
        dsl.select(TIMELINE_ENTRY.ACCOUNT_ID, TIMELINE_ENTRY.OCCURRED_AT).from(TIMELINE_ENTRY)
                .where(TIMELINE_ENTRY.KIND.eq("PAYMENT"))
                .forEach(r -> shown.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2().toLocalDate()));
        assertThat(shown).isEqualTo(paid);
    }

    @Test
    void everyAgingBucketAndSeveralZonesAreThere() {
        Map<AgingBucket, Integer> buckets = new HashMap<>();
        dsl.select(ACCOUNT.DELINQUENCY_DATE).from(ACCOUNT).fetch(ACCOUNT.DELINQUENCY_DATE).forEach(date ->
                buckets.merge(AgingBucket.of(ChronoUnit.DAYS.between(date, today)), 1, Integer::sum));
        assertThat(buckets.keySet()).containsExactlyInAnyOrder(AgingBucket.values());
        assertThat(dsl.selectDistinct(DEBTOR.TIME_ZONE).from(DEBTOR).where(DEBTOR.TIME_ZONE.isNotNull())
                .fetch(DEBTOR.TIME_ZONE)).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void theHistoryHasCallsEmailsLettersPromisesDisputesAndNotes() {
        assertThat(dsl.selectDistinct(CONTACT_ATTEMPT.CHANNEL).from(CONTACT_ATTEMPT).fetch(CONTACT_ATTEMPT.CHANNEL))
                .contains("CALL", "EMAIL", "LETTER");
        assertThat(dsl.fetchCount(CONTACT_ATTEMPT, CONTACT_ATTEMPT.CONVERSATION.isTrue())).isPositive();
        assertThat(dsl.selectDistinct(TIMELINE_ENTRY.KIND).from(TIMELINE_ENTRY).fetch(TIMELINE_ENTRY.KIND))
                .contains("PLACED", "CONTACT", "PROMISE", "DISPUTE", "NOTE", "HOLD", "FLAGS", "PAYMENT");
        assertThat(dsl.fetchCount(TIMELINE_ENTRY, TIMELINE_ENTRY.TITLE.startsWith("Promise kept: "))).isPositive();
        assertThat(dsl.fetchCount(TIMELINE_ENTRY, TIMELINE_ENTRY.TITLE.startsWith("Promise broken: "))).isPositive();
        assertThat(dsl.fetchCount(ACCOUNT_HOLD, ACCOUNT_HOLD.REASON.eq("DISPUTE"), ACCOUNT_HOLD.RELEASED_AT.isNotNull()))
                .as("disputes resolved by verification").isPositive();
        assertThat(dsl.fetchCount(CONTACT_ATTEMPT, CONTACT_ATTEMPT.OCCURRED_AT.ge(LocalDateTime.now(ZoneOffset.UTC))))
                .as("contacts in the future").isZero();
        assertThat(dsl.fetchCount(ACCOUNT, ACCOUNT.PLACED_AT.lt(today.minusDays(7).atStartOfDay())))
                .as("accounts placed before their history").isPositive();
    }

    @Test
    void callHistoryKeepsTheFrequencyQuietPeriodAndTimeOfDayRules() {
        Map<Long, List<LocalDate>> callDays = new HashMap<>();
        Map<Long, List<LocalDate>> conversationDays = new HashMap<>();
        var rows = dsl.select(CONTACT_ATTEMPT.ACCOUNT_ID, CONTACT_ATTEMPT.OCCURRED_AT, CONTACT_ATTEMPT.CONVERSATION,
                        DEBTOR.TIME_ZONE)
                .from(CONTACT_ATTEMPT).join(ACCOUNT).on(ACCOUNT.ID.eq(CONTACT_ATTEMPT.ACCOUNT_ID))
                .join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(CONTACT_ATTEMPT.CHANNEL.eq("CALL"), CONTACT_ATTEMPT.DIRECTION.eq("OUTBOUND"))
                .orderBy(CONTACT_ATTEMPT.OCCURRED_AT).fetch();
        assertThat(rows).hasSizeGreaterThan(100);
        for (var row : rows) {
            List<ZoneId> zones = row.value4() == null ? ContactTimes.US_ZONES : List.of(ZoneId.of(row.value4()));
            for (ZoneId zone : zones) {
                LocalTime local = row.value2().atZone(ZoneOffset.UTC).withZoneSameInstant(zone).toLocalTime();
                assertThat(local).as("call at %s in %s", row.value2(), zone)
                        .isBetween(LocalTime.of(8, 0), LocalTime.of(20, 59));
            }
            LocalDate localDay = row.value2().atZone(ZoneOffset.UTC).withZoneSameInstant(zones.getFirst())
                    .toLocalDate();
            callDays.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(localDay);
            if (row.value3()) {
                conversationDays.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(localDay);
            }
        }
        callDays.forEach((account, days) -> {
            for (int i = 7; i < days.size(); i++) {
                assertThat(ChronoUnit.DAYS.between(days.get(i - 7), days.get(i)))
                        .as("8 calls within 7 days on account %d", account).isGreaterThanOrEqualTo(7);
            }
            for (LocalDate talk : conversationDays.getOrDefault(account, List.of())) {
                assertThat(days).as("calls within 7 days after the conversation of %s on %d", talk, account)
                        .noneMatch(day -> day.isAfter(talk) && day.isBefore(talk.plusDays(7)));
            }
        });
    }

    @Test
    void holdsMatchTheDebtorFlagsAndContactStopsAtThem() {
        var holds = dsl.select(ACCOUNT_HOLD.REASON, ACCOUNT_HOLD.PLACED_AT, ACCOUNT_HOLD.ACCOUNT_ID,
                        DEBTOR.ATTORNEY_REPRESENTED, DEBTOR.BANKRUPTCY, DEBTOR.CEASE_COMMUNICATION, DEBTOR.DECEASED)
                .from(ACCOUNT_HOLD).join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_HOLD.ACCOUNT_ID))
                .join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(ACCOUNT_HOLD.RELEASED_AT.isNull()).fetch();
        assertThat(holds).extracting(r -> r.value1()).contains("DISPUTE");
        for (var hold : holds) {
            boolean[] flags = {hold.value4(), hold.value5(), hold.value6(), hold.value7()};
            int expected = List.of("ATTORNEY", "BANKRUPTCY", "CEASE_COMMUNICATION", "DECEASED").indexOf(hold.value1());
            for (int i = 0; i < flags.length; i++) {
                assertThat(flags[i]).as("flag %d of a debtor with a %s hold", i, hold.value1())
                        .isEqualTo(i == expected);
            }
            if (!hold.value1().equals("DISPUTE")) {
                assertThat(dsl.fetchCount(CONTACT_ATTEMPT, CONTACT_ATTEMPT.ACCOUNT_ID.eq(hold.value3()),
                        CONTACT_ATTEMPT.CHANNEL.ne("LETTER"), CONTACT_ATTEMPT.OCCURRED_AT.gt(hold.value2())))
                        .as("calls or emails after a %s hold", hold.value1()).isZero();
            }
        }
        int flaggedDebtors = dsl.fetchCount(DEBTOR, DEBTOR.ATTORNEY_REPRESENTED.isTrue()
                .or(DEBTOR.BANKRUPTCY.isTrue()).or(DEBTOR.CEASE_COMMUNICATION.isTrue()).or(DEBTOR.DECEASED.isTrue()));
        int debtorsWithFlagHolds = dsl.fetchCount(dsl.selectDistinct(ACCOUNT.DEBTOR_ID).from(ACCOUNT_HOLD)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_HOLD.ACCOUNT_ID))
                .where(ACCOUNT_HOLD.REASON.ne("DISPUTE"), ACCOUNT_HOLD.RELEASED_AT.isNull()));
        assertThat(flaggedDebtors).isEqualTo(debtorsWithFlagHolds);
    }

    @Test
    void theGuardSeesTheHistoryAndTheFlags() {
        var held = dsl.selectDistinct(ACCOUNT_HOLD.ACCOUNT_ID, ACCOUNT_HOLD.REASON).from(ACCOUNT_HOLD)
                .where(ACCOUNT_HOLD.RELEASED_AT.isNull()).fetch();
        assertThat(held).extracting(r -> r.value2()).contains("DISPUTE").anyMatch(reason -> !reason.equals("DISPUTE"));
        for (var hold : held) {
            List<String> codes = codesOfACallNow(hold.value1());
            assertThat(codes).as("call to an account with a %s hold", hold.value2()).contains("HOLD_" + hold.value2());
            if (!hold.value2().equals("DISPUTE")) {
                assertThat(codes).as("the debtor flag behind a %s hold", hold.value2()).contains(hold.value2());
            }
        }
        var talkedTo = dsl.selectDistinct(CONTACT_ATTEMPT.ACCOUNT_ID).from(CONTACT_ATTEMPT)
                .where(CONTACT_ATTEMPT.CONVERSATION.isTrue(), CONTACT_ATTEMPT.DIRECTION.eq("OUTBOUND"),
                        CONTACT_ATTEMPT.OCCURRED_AT.gt(LocalDateTime.now(ZoneOffset.UTC).minusDays(5)))
                .fetch(CONTACT_ATTEMPT.ACCOUNT_ID);
        assertThat(talkedTo).as("accounts with a conversation in the last five days").isNotEmpty();
        for (long account : talkedTo) {
            assertThat(codesOfACallNow(account)).contains("CALL_AFTER_CONVERSATION");
        }
    }

    private List<String> codesOfACallNow(long accountId) {
        String phone = dsl.select(CONTACT_ATTEMPT.ADDRESS).from(CONTACT_ATTEMPT)
                .where(CONTACT_ATTEMPT.ACCOUNT_ID.eq(accountId), CONTACT_ATTEMPT.CHANNEL.eq("CALL"))
                .limit(1).fetchOne(CONTACT_ATTEMPT.ADDRESS);
        return guard.check(new ContactRequest(accountId, Channel.CALL, phone, ContactPurpose.COLLECTION,
                Instant.now())).denials().stream().map(Denial::code).toList();
    }

    @Test
    void theDemoCollectorHasEastCoastAccounts() {
        long collector = users.findByUsername("collector").orElseThrow().id();
        var teams = dsl.select(TEAM.NAME).from(ACCOUNT).join(TEAM).on(TEAM.ID.eq(ACCOUNT.TEAM_ID))
                .where(ACCOUNT.COLLECTOR_ID.eq(collector)).fetch(TEAM.NAME);
        assertThat(teams).hasSizeGreaterThan(10).containsOnly("East Coast Recovery");
    }

    @Test
    void aSecondStartAddsNothing() throws Exception {
        Map<String, Integer> before = counts();

        portfolio.run(null);

        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Table<?> table : List.of(ACCOUNT, DEBTOR, PAYMENT, CONTACT_ATTEMPT, TIMELINE_ENTRY, ACCOUNT_HOLD,
                IMPORT_BATCH)) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        counts.put("assigned", dsl.fetchCount(ACCOUNT, ACCOUNT.COLLECTOR_ID.isNotNull()));
        counts.put("flags", dsl.fetchCount(DEBTOR, DSL.or(DEBTOR.ATTORNEY_REPRESENTED.isTrue(),
                DEBTOR.BANKRUPTCY.isTrue(), DEBTOR.CEASE_COMMUNICATION.isTrue(), DEBTOR.DECEASED.isTrue())));
        return counts;
    }
}
