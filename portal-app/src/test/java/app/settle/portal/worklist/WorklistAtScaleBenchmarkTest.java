package app.settle.portal.worklist;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.TEAM;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import app.settle.api.Role;
import app.settle.portal.testing.BenchmarkReport;
import app.settle.portal.users.NewUser;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The worklist with a large portfolio (default 1,000,000 accounts, {@code -Dsettle.bench.accounts=N}) in one team
 * worked by 50 collectors: a set-based SQL fill (debtors spread over twelve zones around the world, so that some are
 * callable whatever the hour), the full recomputation and one shared queue of every account ranked by the weighted
 * score, then, as one of the collectors, the server time of a worklist page (the first, and one whose keyset cursor
 * is 900,000 entries deep), of "next account" (the SQL pick and the guard's confirmation), and the heap a collector's
 * session keeps with the worklist and one account open. The plugin's classes live in its own class loader, so the
 * benchmark reaches them through the view's components by reflection. Runs only when asked:
 * {@code ./mvnw -o -B verify -pl plugins/worklist,portal-app -am -Dtest=WorklistAtScaleBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dsettle.bench=true}.
 */
@EnabledIfSystemProperty(named = "settle.bench", matches = "true")
class WorklistAtScaleBenchmarkTest extends WorklistUiTest {

    private static final String TEAM_NAME = "Bench Recovery";
    private static final int COLLECTORS = 50;
    private static final int CHUNK = 100_000;
    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;
    private static final int SORTED_RUNS = 20;
    private static final String[] ZONES = {"America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "Europe/London", "Europe/Berlin",
            "Asia/Dubai", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney"};

    @Autowired
    ApplicationContext context;

    @Test
    void worklistAtScale() throws Exception {
        int accounts = Integer.getInteger("settle.bench.accounts", 1_000_000);
        long teamId = dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(TEAM_NAME)).fetchOptional(TEAM.ID)
                .orElseGet(() -> users.createTeam(TEAM_NAME, "benchmark"));
        List<Long> collectorIds = collectors(teamId);
        long fillStarted = System.nanoTime();
        fill(teamId, collectorIds, accounts);
        double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;

        long started = System.nanoTime();
        recompute();
        double recomputeSeconds = (System.nanoTime() - started) / 1e9;
        String queueName = "Bench: every account";
        started = System.nanoTime();
        if (!dsl.fetchExists(table(name("worklist_queue")), field(name("name")).eq(queueName))) {
            createQueue(queueName, TEAM_NAME, "Weighted score", IntStream.rangeClosed(1, COLLECTORS)
                    .mapToObj(WorklistAtScaleBenchmarkTest::collectorName).collect(Collectors.toSet()));
        }
        double queueSeconds = (System.nanoTime() - started) / 1e9;
        long queueId = dsl.select(field(name("id"), Long.class)).from(table(name("worklist_queue")))
                .where(field(name("name")).eq(queueName)).fetchSingle().value1();
        int members = dsl.fetchCount(table(name("worklist_queue_entry")), field(name("queue_id")).eq(queueId));

        openAs("bench-collector-01");
        navigateTo("worklist");
        Component screen = screen();
        List<Long> navigation = time(() -> {
            navigateTo("worklist");
            return null;
        });
        screen = screen();
        int depth = Math.min(900_000, members * 9 / 10);
        Object deepCursor = cursorAt(screen, queueId, depth);
        Component current = screen;
        // interleaved, so that the shared machine's load changes hit both alike
        List<List<Long>> pages = timeAlternately(() -> loadPage(current, null), () -> loadPage(current, deepCursor));
        List<Long> firstPage = pages.get(0);
        List<Long> deepPage = pages.get(1);
        int deepRows = ((List<?>) read(current, "rows")).size();
        // a collector's click on the Balance header: the database sorts the callable part of the shared queue
        setSort(current, "BALANCE_DESC");
        List<Long> sortedPage = time(() -> loadPage(current, null), 3, SORTED_RUNS);
        setSort(current, "QUEUE");
        Object nextAccount = newPluginObject(current, "app.settle.worklist.NextAccount", read(current, "host"));
        Method next = nextAccount.getClass().getDeclaredMethod("next", queueClass(current));
        next.setAccessible(true);
        Object queue = ((com.vaadin.flow.component.select.Select<?>) read(current, "queue")).getValue();
        Optional<?> offered = (Optional<?>) next.invoke(nextAccount, queue);
        List<Long> nextTimes = time(() -> invoke(next, nextAccount, queue));
        long openAccount = offered.isPresent() ? accountIdOf(offered.get())
                : dsl.select(ACCOUNT.ID).from(ACCOUNT).limit(1).fetchSingle().value1();
        Memory memory = sessionFootprint(openAccount);

        String machine = "Machine: the shared 2-core build machine" + (otherBuilds() ? ", with other builds running"
                + " at the same time (figures are pessimistic)" : "") + ".";
        BenchmarkReport.write("Worklist at 1,000,000 accounts", """
                %,d accounts in one team (%,d in the database), worked by %d collectors; one shared queue of every active
                account ranked by the weighted score (%,d entries). Fill (set-based SQL, debtors, accounts, phones):
                %.0f s; full recomputation (facts, counters, points, zone windows, queues): %.0f s; saving the queue
                (rebuilds its entries): %.0f s. Server times as collector bench-collector-01 in a browser-free UI,
                %d runs after %d warm-up runs each; %s
                Measured %s with `WorklistAtScaleBenchmarkTest` (command in its Javadoc).

                | what | p50 | p95 | goal |
                |---|---|---|---|
                | worklist page 1 (50 rows: callable first, keyset, team scope, the rows' details) | %s | %s | p95 < 50 ms |
                | worklist page at a cursor %,d entries deep (%d rows) | %s | %s | within 1.2 × page 1 |
                | "next account" (SQL pick of the top callable rows, the guard's confirmation) | %s | %s | p95 < 20 ms |
                | page 1 sorted by balance (a click on the header; the database sorts each callable part of the shared queue, %d runs) | %s | %s | — |
                | opening My worklist (view, queue list, first page, components) | %s | %s | — |

                Heap one collector's session holds with My worklist (first page of 50 rows) and one account's workspace
                (with the worklist panel) open, and nobody else does: **%,d KB** (%,d objects; goal under 300 KB).
                Without the My worklist screen it would hold %,d KB less; the rest is the session, the shell (menu) and
                the host's workspace with the worklist panel (attached parts share the UI's state tree, so they are not
                split further). Retained size from a walk of
                the live object graph after a simulated response to the browser (JOL sizes), not heap readings:
                everything the session, its UI and the worklist screen (kept, as a second browser tab keeps it) reach,
                less what is also reached from the Spring context, the Vaadin service or a second collector's session
                with the same screens (method: `RetainedHeap`). Largest parts: %s.
                """.formatted(accounts, dsl.fetchCount(ACCOUNT), COLLECTORS, members, fillSeconds, recomputeSeconds,
                queueSeconds, MEASURED, WARM_UP, machine, LocalDate.now(ZoneOffset.UTC),
                ms(firstPage, 0.5), ms(firstPage, 0.95), depth, deepRows, ms(deepPage, 0.5), ms(deepPage, 0.95),
                ms(nextTimes, 0.5), ms(nextTimes, 0.95), SORTED_RUNS, ms(sortedPage, 0.5), ms(sortedPage, 0.95),
                ms(navigation, 0.5), ms(navigation, 0.95),
                memory.total().bytes() / 1024, memory.total().objects(), memory.worklistBytes() / 1024, String.join("; ", memory.total().largest(5))));
        assertThat(members).isGreaterThanOrEqualTo(accounts);
        assertThat(offered).as("some account is callable at any hour").isPresent();
    }

    private List<Long> collectors(long teamId) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= COLLECTORS; i++) {
            String username = "bench-collector-%02d".formatted(i);
            String displayName = collectorName(i);
            ids.add(users.findByUsername(username).map(u -> u.id()).orElseGet(() -> users.createUser(
                    new NewUser(username, displayName, "bench-collector-pass", Role.COLLECTOR, Set.of(teamId)),
                    "benchmark")));
        }
        return ids;
    }

    private static String collectorName(int i) {
        return "Bench Collector %02d".formatted(i);
    }

    /** Debtors, accounts (round-robin over the collectors) and a phone each, 100,000 at a time, in SQL. */
    private void fill(long teamId, List<Long> collectorIds, int accounts) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long creditor = dsl.select(CREDITOR.ID).from(CREDITOR).where(CREDITOR.CODE.eq("BENCH")).fetchOptional(CREDITOR.ID)
                .orElseGet(() -> dsl.insertInto(CREDITOR).set(CREDITOR.CODE, "BENCH").set(CREDITOR.NAME, "Bench Bank")
                        .set(CREDITOR.CREATED_AT, now).returning(CREDITOR.ID).fetchOne(CREDITOR.ID));
        int existing = dsl.fetchCount(ACCOUNT, ACCOUNT.TEAM_ID.eq(teamId));
        String zones = java.util.Arrays.stream(ZONES).map(z -> "'" + z + "'").collect(Collectors.joining(","));
        String collectors = collectorIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (int from = existing + 1; from <= accounts; from += CHUNK) {
            int to = Math.min(accounts, from + CHUNK - 1);
            long before = dsl.fetchOne("SELECT COALESCE(MAX(id), 0) FROM debtor").get(0, Long.class);
            dsl.execute("""
                    INSERT INTO debtor (creditor_id, external_ref, kind, first_name, last_name, time_zone, state,
                        created_at, updated_at)
                    SELECT ?, CONCAT('BENCH-D-', seq), 'PERSON', 'Pat', CONCAT('Bench ', seq),
                        ELT(1 + seq %% %d, %s), ELT(1 + seq %% 5, 'NY', 'IL', 'CO', 'CA', 'TX'), ?, ?
                    FROM seq_%d_to_%d""".formatted(ZONES.length, zones, from, to), creditor, now, now);
            long after = dsl.fetchOne("SELECT MAX(id) FROM debtor").get(0, Long.class);
            dsl.execute("""
                    INSERT INTO account (creditor_id, external_ref, debtor_id, team_id, collector_id, currency,
                        original_balance, current_balance, paid_total, delinquency_date, status, placed_at, updated_at)
                    SELECT d.creditor_id, CONCAT('BENCH-', SUBSTRING(d.external_ref, 9)), d.id, ?,
                        ELT(1 + d.id %% %d, %s), 'USD', 50 + (d.id * 7919) %% 25000, 50 + (d.id * 7919) %% 25000, 0,
                        ? - INTERVAL (d.id %% 720) DAY, 'ACTIVE', ?, ?
                    FROM debtor d WHERE d.id > ? AND d.id <= ?""".formatted(collectorIds.size(), collectors),
                    teamId, now.toLocalDate(), now, now, before, after);
            dsl.execute("""
                    INSERT INTO contact_point (debtor_id, kind, label, value, created_at)
                    SELECT d.id, 'PHONE', 'mobile', CONCAT('2', LPAD(d.id % 1000000000, 9, '0')), ?
                    FROM debtor d WHERE d.id > ? AND d.id <= ?""", now, before, after);
            System.out.printf("Bench fill: %,d accounts%n", to);
        }
    }

    private Component screen() {
        return _find(Component.class).stream().filter(c -> c.getClass().getName().equals("app.settle.worklist.WorklistView$Screen"))
                .findFirst().orElseThrow();
    }

    /** The keyset cursor of the entry at {@code offset} in the queue's rank order, in the "callable now" section. */
    private Object cursorAt(Component screen, long queueId, int offset) throws Exception {
        var row = dsl.select(field(name("rank_value"), Long.class), field(name("account_id"), Long.class))
                .from(table(name("worklist_queue_entry"))).where(field(name("queue_id")).eq(queueId))
                .orderBy(field(name("rank_value")), field(name("account_id"))).offset(offset).limit(1).fetchSingle();
        ClassLoader plugin = screen.getClass().getClassLoader();
        Class<?> section = Class.forName("app.settle.worklist.WorklistRow$Section", true, plugin);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Object callable = Enum.valueOf((Class) section, "CALLABLE");
        Constructor<?> cursor = Class.forName("app.settle.worklist.Cursor", true, plugin).getDeclaredConstructors()[0];
        cursor.setAccessible(true);
        return cursor.newInstance(callable, row.value1(), row.value2());
    }

    /** Loads one page of the screen from the cursor, as "Show more" does (rows shown before are dropped). */
    private Void loadPage(Component screen, Object cursor) {
        try {
            ((List<?>) read(screen, "rows")).clear();
            Field next = screen.getClass().getDeclaredField("next");
            next.setAccessible(true);
            next.set(screen, cursor);
            Method load = screen.getClass().getDeclaredMethod("loadMore");
            load.setAccessible(true);
            load.invoke(screen);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the screen's order as a click on a column header does (the grid's sort event reloads the rows). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setSort(Component screen, String sort) {
        try {
            Class<?> type = Class.forName("app.settle.worklist.WorklistSort", true, screen.getClass().getClassLoader());
            Field field = screen.getClass().getDeclaredField("sort");
            field.setAccessible(true);
            field.set(screen, Enum.valueOf((Class) type, sort));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> queueClass(Component screen) throws ClassNotFoundException {
        return Class.forName("app.settle.worklist.QueueDefinition", true, screen.getClass().getClassLoader());
    }

    private static Object newPluginObject(Component screen, String className, Object host) throws Exception {
        Class<?> type = Class.forName(className, true, screen.getClass().getClassLoader());
        Constructor<?> constructor = type.getDeclaredConstructor(app.settle.api.HostContext.class);
        constructor.setAccessible(true);
        return constructor.newInstance(host);
    }

    private static Object read(Object target, String fieldName) {
        try {
            Field field = target.getClass().getDeclaredField(fieldName);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Void invoke(Method method, Object target, Object argument) {
        try {
            method.invoke(target, argument);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The heap one collector's session holds with My worklist (its first page) and one account's workspace open, and
     * nobody else does: bench-collector-02 opens the same screens first (what both sessions reach, such as enum
     * constants, shared configuration and cached metadata, is shared), then bench-collector-01 opens them; the
     * worklist screen is kept after navigating to the account, as a second browser tab would keep it. See
     * {@link RetainedHeap} for the walk.
     */
    private Memory sessionFootprint(long accountId) {
        openAs("bench-collector-02");
        navigateTo("worklist");
        Component otherScreen = screen();
        navigateTo("accounts/" + accountId);
        List<Object> others = new ArrayList<>(List.of(VaadinSession.getCurrent(), UI.getCurrent(), otherScreen,
                VaadinService.getCurrent(), context));

        openAs("bench-collector-01");
        navigateTo("worklist");
        Component worklist = screen();
        navigateTo("accounts/" + accountId);
        others.add(VaadinService.getCurrent());
        List<Object> mine = List.of(VaadinSession.getCurrent(), UI.getCurrent(), worklist);

        // as after a response to the browser: pending tasks run, the state tree's changes are collected (sent)
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { });

        RetainedHeap heap = new RetainedHeap();
        Set<Object> shared = heap.shared(others, mine);
        RetainedHeap.Footprint total = heap.retained(mine, shared);
        // what only the worklist screen holds: the session's footprint without it, subtracted
        RetainedHeap.Footprint rest = heap.retained(mine, without(shared, worklist));
        // where the worklist screen's share goes: what the session would hold less without each part of it
        List<Component> parts = new ArrayList<>(worklist.getChildren().toList());
        worklist.getChildren().forEach(child -> parts.addAll(child.getChildren().toList()));
        for (Component part : parts) {
            System.out.printf("Worklist screen part %s: %,d B%n", part.getClass().getSimpleName() + part.getId()
                    .map(id -> "#" + id).orElse(""), total.bytes() - heap.retained(mine, without(shared, part)).bytes());
        }
        _find(worklist, com.vaadin.flow.component.grid.Grid.class).forEach(grid -> {
            Set<Object> stop = without(shared, grid.getDataCommunicator());
            System.out.printf("Worklist grid data communicator: %,d B%n", total.bytes() - heap.retained(mine, stop).bytes());
            for (Object column : grid.getColumns()) {
                System.out.printf("Worklist grid column %s: %,d B%n", ((com.vaadin.flow.component.grid.Grid.Column<?>) column)
                        .getKey(), total.bytes() - heap.retained(mine, without(shared, (Component) column)).bytes());
            }
        });
        total.largest(30).forEach(line -> System.out.println("Session heap: " + line));
        rest.largest(30).forEach(line -> System.out.println("Session heap without the worklist screen: " + line));
        return new Memory(total, total.bytes() - rest.bytes());
    }

    /** The shared objects plus the object (for a component, also its element and state node) as a stop. */
    private static Set<Object> without(Set<Object> shared, Object part) {
        Set<Object> stop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        stop.addAll(shared);
        stop.add(part);
        if (part instanceof Component component) {
            stop.add(component.getElement());
            stop.add(component.getElement().getNode());
        }
        return stop;
    }

    private record Memory(RetainedHeap.Footprint total, long worklistBytes) {
    }

    private static long accountIdOf(Object offer) throws ReflectiveOperationException {
        Method id = offer.getClass().getDeclaredMethod("accountId");
        id.setAccessible(true);
        return (long) id.invoke(offer);
    }

    private static List<List<Long>> timeAlternately(Supplier<Void> one, Supplier<Void> other) {
        for (int i = 0; i < WARM_UP; i++) {
            one.get();
            other.get();
        }
        List<Long> first = new ArrayList<>();
        List<Long> second = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            one.get();
            long between = System.nanoTime();
            other.get();
            first.add((between - started) / 1_000);
            second.add((System.nanoTime() - between) / 1_000);
        }
        return List.of(first.stream().sorted().toList(), second.stream().sorted().toList());
    }

    private static List<Long> time(Supplier<Void> work) {
        return time(work, WARM_UP, MEASURED);
    }

    private static List<Long> time(Supplier<Void> work, int warmUp, int measured) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - started) / 1_000);
        }
        return micros.stream().sorted().toList();
    }

    private static String ms(List<Long> sorted, double quantile) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1);
        return "%.1f ms".formatted(sorted.get(Math.max(0, index)) / 1000.0);
    }

    /** Whether another Maven or Java build is running on the machine besides this test's JVM. */
    private static boolean otherBuilds() {
        Set<Long> mine = new java.util.HashSet<>();
        for (Optional<ProcessHandle> p = Optional.of(ProcessHandle.current()); p.isPresent(); p = p.get().parent()) {
            mine.add(p.get().pid());
        }
        return ProcessHandle.allProcesses().filter(p -> !mine.contains(p.pid()))
                .map(p -> p.info().commandLine().orElse(""))
                .anyMatch(cmd -> cmd.contains("maven") || cmd.contains("surefire") || cmd.contains("portal-app.jar"));
    }
}
