package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.api.db.Tables.PAYMENT;
import static app.settle.api.db.Tables.TEAM;
import static app.settle.api.db.Tables.TIMELINE_ENTRY;

import app.settle.portal.demo.AccountStory.Ending;
import app.settle.portal.users.StoredUser;
import app.settle.portal.users.UserDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the imported demo accounts a past: contact history, promises, disputes, notes, holds with the debtor
 * flags that go with them, and a share of the East team's accounts assigned to the demo collector. What
 * happens to which account follows from the seed and the account's id, so a fresh database always gets the
 * same history.
 */
@Component
class DemoHistory {

    /** The demo user who works each demo team's accounts in the history. */
    static final String EAST_USER = "collector";
    static final String WEST_USER = "supervisor";

    private static final String[] ATTORNEYS = {"Law Office of Dana Reyes", "Morgan & Pike LLP",
            "Harbor Street Legal Clinic", "Whitfield Consumer Law"};

    private final DSLContext dsl;
    private final UserDirectory users;
    private final Clock clock;

    DemoHistory(DSLContext dsl, UserDirectory users, Clock clock) {
        this.dsl = dsl;
        this.users = users;
        this.clock = clock;
    }

    /** What {@link #write} added. */
    record Summary(int accounts, int contacts, int timelineEntries, int holds, int flaggedDebtors,
                   int assignedToCollector) {
    }

    /** How a debtor's story ends, the same on each of their accounts. */
    private record DebtorFate(Ending ending, LocalDate day, String attorney) {
    }

    @Transactional
    public Summary write(long seed) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Long eastTeam = dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(DemoPortfolioGenerator.DEMO_TEAMS.get(0)))
                .fetchOne(TEAM.ID);
        Long collectorId = users.findByUsername(EAST_USER).map(StoredUser::id).orElse(null);
        HistoryRows rows = new HistoryRows(dsl);
        Map<Long, DebtorFate> fates = new HashMap<>();
        List<Long> assigned = new ArrayList<>();
        Map<Long, LocalDate> placedOn = new HashMap<>();
        List<HistoryAccount> accounts = HistoryAccount.readAll(dsl);
        for (HistoryAccount account : accounts) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + account.id());
            DebtorFate fate = fates.computeIfAbsent(account.debtorId(),
                    id -> fateOf(new SplittableRandom(seed * 7_919L + id), today));
            Ending ending = fate.ending();
            LocalDate endingDay = fate.day();
            if (ending == Ending.ONGOING && random.nextInt(100) < 5) {
                ending = random.nextInt(3) == 0 ? Ending.DISPUTE_RESOLVED : Ending.DISPUTE;
                endingDay = today.minusDays(2 + random.nextInt(60));
            }
            boolean east = eastTeam != null && eastTeam == account.teamId();
            boolean worked = ending != Ending.ONGOING || random.nextInt(100) < 60;
            placedOn.put(account.id(), new AccountStory(account, random, rows, east ? EAST_USER : WEST_USER, today)
                    .tell(worked, ending, endingDay, fate.attorney()));
            if (east && collectorId != null && random.nextInt(100) < 35) {
                assigned.add(account.id());
            }
        }
        rows.flush();
        backdatePlacement(placedOn);
        backdatePayments();
        int flagged = flag(fates);
        for (int from = 0; from < assigned.size(); from += 1_000) {
            dsl.update(ACCOUNT).set(ACCOUNT.COLLECTOR_ID, collectorId)
                    .where(ACCOUNT.ID.in(assigned.subList(from, Math.min(assigned.size(), from + 1_000))))
                    .execute();
        }
        return new Summary(accounts.size(), rows.contacts(), rows.timelineEntries(), rows.holds(), flagged,
                assigned.size());
    }

    /** About one debtor in twenty: attorney, bankruptcy, cease communication, or (rarely) death. */
    private static DebtorFate fateOf(SplittableRandom random, LocalDate today) {
        int dice = random.nextInt(1_000);
        Ending ending = dice < 15 ? Ending.ATTORNEY : dice < 30 ? Ending.BANKRUPTCY
                : dice < 45 ? Ending.CEASE_COMMUNICATION : dice < 50 ? Ending.DECEASED : Ending.ONGOING;
        return new DebtorFate(ending, today.minusDays(2 + random.nextInt(45)),
                ending == Ending.ATTORNEY ? ATTORNEYS[random.nextInt(ATTORNEYS.length)] : null);
    }

    /**
     * The importer placed the accounts now; in the story they were placed before their history began. One
     * update per placement day, for the accounts and their "Placed" timeline entries.
     */
    private void backdatePlacement(Map<Long, LocalDate> placedOn) {
        Map<LocalDate, List<Long>> byDay = new TreeMap<>();
        placedOn.forEach((id, day) -> byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(id));
        byDay.forEach((day, ids) -> {
            LocalDateTime at = day.atTime(14, 0);
            dsl.update(ACCOUNT).set(ACCOUNT.PLACED_AT, at).where(ACCOUNT.ID.in(ids)).execute();
            dsl.update(TIMELINE_ENTRY).set(TIMELINE_ENTRY.OCCURRED_AT, at)
                    .where(TIMELINE_ENTRY.ACCOUNT_ID.in(ids), TIMELINE_ENTRY.KIND.eq("PLACED")).execute();
        });
    }

    /**
     * Payment posting notes each payment on the timeline when it is posted (now); the demo's payments were
     * made on their payment dates. Each account's payment entries follow its payments in posting order.
     */
    private void backdatePayments() {
        Map<Long, List<LocalDate>> paidOn = new HashMap<>();
        dsl.select(PAYMENT.ACCOUNT_ID, PAYMENT.PAID_ON).from(PAYMENT).where(PAYMENT.ACCOUNT_ID.isNotNull())
                .orderBy(PAYMENT.ID)
                .forEach(r -> paidOn.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        Map<Long, Integer> seen = new HashMap<>();
        Map<LocalDate, List<Long>> entriesByDay = new TreeMap<>();
        dsl.select(TIMELINE_ENTRY.ID, TIMELINE_ENTRY.ACCOUNT_ID).from(TIMELINE_ENTRY)
                .where(TIMELINE_ENTRY.KIND.eq("PAYMENT")).orderBy(TIMELINE_ENTRY.ID)
                .forEach(r -> {
                    List<LocalDate> days = paidOn.getOrDefault(r.value2(), List.of());
                    int index = seen.merge(r.value2(), 1, Integer::sum) - 1;
                    if (index < days.size()) {
                        entriesByDay.computeIfAbsent(days.get(index), d -> new ArrayList<>()).add(r.value1());
                    }
                });
        entriesByDay.forEach((day, ids) -> dsl.update(TIMELINE_ENTRY)
                .set(TIMELINE_ENTRY.OCCURRED_AT, day.atTime(16, 0)).where(TIMELINE_ENTRY.ID.in(ids)).execute());
    }

    /** Sets the debtor flags that match the holds; returns how many debtors were flagged. */
    private int flag(Map<Long, DebtorFate> fates) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        int flagged = 0;
        for (var entry : fates.entrySet()) {
            Ending ending = entry.getValue().ending();
            if (ending == Ending.ONGOING) {
                continue;
            }
            flagged += dsl.update(DEBTOR)
                    .set(DEBTOR.ATTORNEY_REPRESENTED, ending == Ending.ATTORNEY)
                    .set(DEBTOR.ATTORNEY_NAME, entry.getValue().attorney())
                    .set(DEBTOR.BANKRUPTCY, ending == Ending.BANKRUPTCY)
                    .set(DEBTOR.CEASE_COMMUNICATION, ending == Ending.CEASE_COMMUNICATION)
                    .set(DEBTOR.DECEASED, ending == Ending.DECEASED)
                    .set(DEBTOR.UPDATED_AT, now)
                    .where(DEBTOR.ID.eq(entry.getKey()))
                    .execute();
        }
        return flagged;
    }
}
