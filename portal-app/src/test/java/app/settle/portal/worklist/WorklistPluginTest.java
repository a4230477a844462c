package app.settle.portal.worklist;

import static app.settle.api.db.Tables.ACCOUNT_HOLD;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.DEBTOR;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import app.settle.api.Role;
import app.settle.api.core.ContactOutcome;
import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.shell.MainLayout;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.users.NewUser;
import app.settle.portal.workspace.AccountWorkspaceView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worklist plugin as it ships (its jar, loaded through the real plugin host, its classes never on this test's
 * class path), driven through its screens and the account workspace as a supervisor and a collector would, with the
 * database checked through jOOQ. Each test works in a team of its own, so the tests never see each other's queues.
 */
class WorklistPluginTest extends WorklistUiTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Table<Record> ENTRY = table(name("worklist_queue_entry"));
    private static final Table<Record> FACTS = table(name("worklist_account"));
    private static final Field<Long> ACCOUNT_ID = field(name("account_id"), Long.class);
    private static final Field<Long> QUEUE_ID = field(name("queue_id"), Long.class);
    private static final Field<LocalDateTime> BLOCKED_UNTIL = field(name("blocked_until"), LocalDateTime.class);

    CoreFixtures fixtures;
    String team;
    String collector;
    String collectorName;

    @BeforeEach
    void aTeamOfItsOwn() {
        fixtures = new CoreFixtures(dsl);
        String suffix = System.nanoTime() % 1_000_000 + "-" + COUNTER.incrementAndGet();
        team = "Worklist team " + suffix;
        long teamId = users.createTeam(team, "test");
        collector = "wl-" + suffix;
        collectorName = "Casey Worker " + suffix;
        users.createUser(new NewUser(collector, collectorName, "collector-pass", Role.COLLECTOR, Set.of(teamId)), "test");
    }

    @Test
    void theWorklistPutsCallableAccountsFirstInTheQueuesOrderAndLeavesOutHoldsAndOtherTeams() {
        Created big = account("BIG", "9000.00", DomainTest.daytimeZone(), true);
        Created small = account("SMALL", "700.00", DomainTest.daytimeZone(), true);
        Created night = account("NIGHT", "20000.00", DomainTest.nightZone(), true);
        Created held = account("HELD", "50000.00", DomainTest.daytimeZone(), true);
        Created noPhone = account("NOPHONE", "30000.00", DomainTest.daytimeZone(), false);
        Created otherTeam = fixtures.account("WL-WEST-" + System.nanoTime()).team("West Coast Recovery")
                .zone(DomainTest.daytimeZone()).phone("4155550100").balance("99999.00").create();
        placeHold(held.accountId());
        recomputeAndCreateQueue("Biggest first", "Highest balance first");

        List<String> refs = worklistAs(collector);

        assertThat(refs).containsExactly(ref(big), ref(small), ref(noPhone), ref(night));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("worklist-grid"));
        assertThat(status(grid, 0)).contains("Callable now");
        assertThat(status(grid, 2)).contains("No usable phone number");
        assertThat(status(grid, 3)).contains("Outside calling hours (");
        assertThat(GridKt._getFormatted(grid, 0, "why")).isEqualTo(
                "65 = balance +25, days past due +15, payments 0, promises +15, contactability +10");
        assertThat(dsl.selectCount().from(ENTRY).where(QUEUE_ID.eq(queueId("Biggest first")),
                        ACCOUNT_ID.in(held.accountId(), otherTeam.accountId()))
                .fetchOne(0, Integer.class)).as("holds and other teams are no members").isZero();
    }

    @Test
    void nextAccountOpensTheBestAccountTheGuardAllowsAndSkipsOneItRefuses() {
        Created refused = account("REFUSED", "9000.00", DomainTest.daytimeZone(), true);
        Created allowed = account("ALLOWED", "800.00", DomainTest.daytimeZone(), true);
        recomputeAndCreateQueue("Next test", "Highest balance first");
        // the guard learns of the attorney at once; the worklist's prediction only at its next recomputation
        dsl.update(DEBTOR).set(DEBTOR.ATTORNEY_REPRESENTED, true).where(DEBTOR.ID.eq(refused.debtorId())).execute();

        assertThat(worklistAs(collector).getFirst()).isEqualTo(ref(refused));
        _click(_get(Button.class, spec -> spec.withId("worklist-next")));

        assertThat(getCurrentView()).isEqualTo(AccountWorkspaceView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("accounts/" + allowed.accountId());
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("Next account from Next test: call (212) 555-"));
        assertThat(dsl.select(BLOCKED_UNTIL).from(ENTRY)
                .where(QUEUE_ID.eq(queueId("Next test")), ACCOUNT_ID.eq(refused.accountId())).fetchOne(BLOCKED_UNTIL))
                .as("the refused account no longer predicted callable").isAfter(LocalDateTime.now(ZoneOffset.UTC).plusYears(1));
        assertThat(worklistAs(collector)).containsExactly(ref(allowed), ref(refused));
    }

    @Test
    void aCallbackTakesTheAccountOffTheListUntilItsTimeThenPutsItOnTop() {
        Created first = account("TOP", "9000.00", DomainTest.daytimeZone(), true);
        Created callback = account("CALLBACK", "500.00", DomainTest.daytimeZone(), true);
        recomputeAndCreateQueue("Callbacks", "Highest balance first");
        assertThat(worklistAs(collector)).containsExactly(ref(first), ref(callback));

        navigateTo("accounts/" + callback.accountId());
        _click(_get(Button.class, spec -> spec.withText("Log call")));
        outcome().setValue(ContactOutcome.CALLBACK_REQUESTED);
        Instant agreed = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        _get(DateTimePicker.class, spec -> spec.withId("log-callback"))
                .setValue(LocalDateTime.ofInstant(agreed, ZoneId.of("America/New_York")));
        _click(_get(Button.class, spec -> spec.withId("log-save")));

        assertThat(dsl.select(CONTACT_ATTEMPT.CALLBACK_AT).from(CONTACT_ATTEMPT)
                .where(CONTACT_ATTEMPT.ACCOUNT_ID.eq(callback.accountId())).fetchSingle(CONTACT_ATTEMPT.CALLBACK_AT))
                .isEqualTo(LocalDateTime.ofInstant(agreed, ZoneOffset.UTC));
        assertThat(worklistAs(collector)).as("off the list until the callback").containsExactly(ref(first));

        // the agreed time comes: five minutes ago
        dsl.update(CONTACT_ATTEMPT).set(CONTACT_ATTEMPT.CALLBACK_AT, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5))
                .where(CONTACT_ATTEMPT.ACCOUNT_ID.eq(callback.accountId())).execute();
        recompute();
        assertThat(worklistAs(collector)).containsExactly(ref(callback), ref(first));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("worklist-grid"));
        assertThat(status(grid, 0)).contains("Callback due since ");

        navigateTo("accounts/" + callback.accountId());
        assertThat(_get(Button.class, spec -> spec.withText("Log call")).isEnabled())
                .as("the guard allows the call the debtor agreed to, despite the conversation").isTrue();
    }

    @Test
    void aContactTheGuardRefusesWhenSavingIsNotLoggedAndTheReasonIsShown() {
        Created account = account("GUARD", "900.00", DomainTest.daytimeZone(), true);
        recomputeAndCreateQueue("Guard", "Highest balance first");
        openAs(collector);
        navigateTo("accounts/" + account.accountId());
        _click(_get(Button.class, spec -> spec.withText("Log call")));
        outcome().setValue(ContactOutcome.RIGHT_PARTY_CONTACT);
        dsl.update(DEBTOR).set(DEBTOR.CEASE_COMMUNICATION, true).where(DEBTOR.ID.eq(account.debtorId())).execute();
        _click(_get(Button.class, spec -> spec.withId("log-save")));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText).toList())
                .anySatisfy(text -> assertThat(text).startsWith("Not saved: the compliance guard refuses this contact now."));
        assertThat(dsl.fetchCount(CONTACT_ATTEMPT, CONTACT_ATTEMPT.ACCOUNT_ID.eq(account.accountId()))).isZero();
    }

    @Test
    void theWorkspaceShowsThePointsPerComponentAndAScriptWithoutSuitWordingForATimeBarredDebt() {
        Created barred = fixtures.account(newRef("BARRED")).team(team).zone(DomainTest.daytimeZone()).phone("2125550177")
                .balance("1250.00").statute(LocalDate.now(ZoneOffset.UTC).minusDays(10)).create();
        recompute();
        openAs(collector);
        navigateTo("accounts/" + barred.accountId());

        String breakdown = textOf(_get(Div.class, spec -> spec.withId("worklist-breakdown")));
        assertThat(breakdown).contains("Balance · $1,250", "+15", "Days past due · 95", "Payment history · 0% paid",
                "Promise history · 0 broken", "Contactability · 1 usable phone", "Score55");
        assertThat(dsl.select(field(name("score"), Integer.class)).from(FACTS).where(ACCOUNT_ID.eq(barred.accountId()))
                .fetchOne(0, Integer.class)).isEqualTo(55);
        String opening = textOf(_get(Component.class, spec -> spec.withId("worklist-script-opening")));
        String points = textOf(_get(Component.class, spec -> spec.withId("worklist-script-points")));
        assertThat(opening).contains("Verify the right party").contains("This is an attempt to collect a debt");
        assertThat(points).contains("past the statute of limitations").doesNotContainIgnoringCase("legal action")
                .doesNotContainIgnoringCase("court").doesNotContainIgnoringCase("sue");
        assertThat(_get(Button.class, spec -> spec.withId("worklist-panel-next")).getElement().getAttribute("title"))
                .contains("Alt+N");
    }

    @Test
    void queuesAndScoringAreForSupervisorsAndAdministratorsOnly() {
        openAs(collector);
        assertThat(menu()).contains("My worklist").doesNotContain("Queues", "Scoring");
        navigateTo("worklist/queues");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);

        openAs("supervisor");
        assertThat(menu()).contains("My worklist", "Queues", "Scoring");
        navigateTo("worklist/queues");
        Select<Object> teams = teamSelect();
        assertThat(teams.getGenericDataView().getItems().map(t -> teams.getItemLabelGenerator().apply(t)).toList())
                .as("a supervisor manages queues of their own teams").containsExactlyInAnyOrder("East Coast Recovery",
                        "West Coast Recovery");
    }

    @Test
    void unassignedAccountsAreHandedOutInTurnsInTheQueuesOrder() {
        long teamId = fixtures.teamId(team);
        String second = "Drew Second " + COUNTER.incrementAndGet();
        users.createUser(new NewUser("wl-second-" + COUNTER.incrementAndGet(), second, "collector-pass", Role.COLLECTOR,
                Set.of(teamId)), "test");
        List<Created> byBalance = List.of(account("A", "4000.00", DomainTest.daytimeZone(), true),
                account("B", "3000.00", DomainTest.daytimeZone(), true),
                account("C", "2000.00", DomainTest.daytimeZone(), true));
        recompute();
        createQueue("Hand out", team, "Highest balance first", Set.of(collectorName, second));

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> assignTo = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Assign to"));
        assertThat(assignTo.getValue()).as("the queue's collectors are proposed").hasSize(2);
        _click(_get(Button.class, spec -> spec.withId("queue-assign")));

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).isEqualTo("3 accounts assigned."));
        List<Long> collectors = byBalance.stream().map(created -> dsl.select(app.settle.api.db.Tables.ACCOUNT.COLLECTOR_ID)
                .from(app.settle.api.db.Tables.ACCOUNT).where(app.settle.api.db.Tables.ACCOUNT.ID.eq(created.accountId()))
                .fetchSingle().value1()).toList();
        assertThat(collectors).doesNotContainNull();
        assertThat(collectors.get(0)).as("taking turns").isNotEqualTo(collectors.get(1)).isEqualTo(collectors.get(2));
        assertThat(dsl.fetchCount(app.settle.api.db.Tables.TIMELINE_ENTRY,
                app.settle.api.db.Tables.TIMELINE_ENTRY.ACCOUNT_ID.eq(byBalance.getFirst().accountId())
                        .and(app.settle.api.db.Tables.TIMELINE_ENTRY.KIND.eq("ASSIGNED")))).isEqualTo(1);
    }

    @Test
    void clickingAColumnHeaderResortsEachPartOfTheListInTheDatabase() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Created x = dated("X", "9000.00", today.minusDays(30), DomainTest.daytimeZone());
        Created y = dated("Y", "5000.00", today.minusDays(200), DomainTest.daytimeZone());
        Created z = dated("Z", "7000.00", today.minusDays(400), DomainTest.daytimeZone());
        Created night = dated("NIGHT", "1000.00", today.minusDays(700), DomainTest.nightZone());
        recomputeAndCreateQueue("Sorting", "Highest balance first");
        assertThat(worklistAs(collector)).containsExactly(ref(x), ref(z), ref(y), ref(night));

        Grid<Object> grid = worklistGrid();
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("pastDue"), SortDirection.DESCENDING)));
        assertThat(shownRefs()).as("most days past due first; the account outside calling hours stays after the"
                + " callable ones").containsExactly(ref(z), ref(y), ref(x), ref(night));
        assertThat(textOf(_get(Paragraph.class, spec -> spec.withId("worklist-explanation")))).contains(
                "most days past due first");

        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("balance"), SortDirection.ASCENDING)));
        assertThat(shownRefs()).containsExactly(ref(y), ref(z), ref(x), ref(night));

        grid.sort(List.of());
        assertThat(shownRefs()).as("back to the queue's order").containsExactly(ref(x), ref(z), ref(y), ref(night));

        _get(BigDecimalField.class, spec -> spec.withLabel("Balance from")).setValue(new java.math.BigDecimal("6000"));
        assertThat(shownRefs()).as("the collector's filter").containsExactly(ref(x), ref(z));
        TextField state = _get(TextField.class, spec -> spec.withLabel("State"));
        state.setValue("N1");
        assertThat(state.isInvalid()).isTrue();
        assertThat(state.getErrorMessage()).isEqualTo("A state is a two-letter code such as NY.");
    }

    @Test
    void newPlacementsAreDealtInTurnFairlyAcrossRestartsAndEveryStepIsAudited() throws Exception {
        long teamId = fixtures.teamId(team);
        String second = "Drew Second " + COUNTER.incrementAndGet();
        users.createUser(new NewUser("wl-second-" + COUNTER.incrementAndGet(), second, "collector-pass", Role.COLLECTOR,
                Set.of(teamId)), "test");
        Created before = account("BEFORE", "4000.00", DomainTest.daytimeZone(), true);
        recompute();
        createQueue("Deal", team, "Highest balance first", Set.of(collectorName, second));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> dealTo = _get(MultiSelectComboBox.class, spec -> spec.withId("queue-deal-to"));
        dealTo.setValue(dealTo.getGenericDataView().getItems().collect(java.util.stream.Collectors.toSet()));
        _click(_get(Button.class, spec -> spec.withId("queue-save-deal")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).isEqualTo("New placements of Deal are dealt in turn to 2 collectors."));
        assertThat(_get(Paragraph.class, spec -> spec.withId("queue-deal-status")).getText())
                .startsWith("Round-robin is on: new placements go in turn to " + collectorName + ", " + second);
        _click(_get(Button.class, spec -> spec.withId("queue-preview")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("queue-preview-text")).getText())
                .as("the supervisor's preview of what falls in the queue").startsWith("1 account")
                .contains(ref(before));
        Component queues = screenOf("app.settle.worklist.QueuesView$Screen");
        Object host = pluginField(queues, "host");
        ClassLoader plugin = queues.getClass().getClassLoader();

        List<Created> placed = List.of(account("N1", "100.00", DomainTest.daytimeZone(), true),
                account("N2", "900.00", DomainTest.daytimeZone(), true),
                account("N3", "500.00", DomainTest.daytimeZone(), true));
        recompute();
        app.settle.portal.security.TestLogins.signOut(); // the deal is background work: nobody is signed in
        dealAsTheJobDoes(plugin, host);

        assertThat(placed.stream().map(this::collectorOf).toList()).as("in turn, in placement order")
                .containsExactly(userId(collector), userIdByName(second), userId(collector));
        assertThat(collectorOf(before)).as("accounts placed before the deal was turned on stay as they are").isNull();
        assertThat(dsl.fetchCount(app.settle.portal.jooq.Tables.AUDIT_EVENT,
                app.settle.portal.jooq.Tables.AUDIT_EVENT.ACTION.eq("ACCOUNT_ASSIGNED")
                        .and(app.settle.portal.jooq.Tables.AUDIT_EVENT.ACTOR.eq("plugin:worklist"))
                        .and(app.settle.portal.jooq.Tables.AUDIT_EVENT.ENTITY_ID.in(placed.stream()
                                .map(c -> Long.toString(c.accountId())).toList())))).isEqualTo(3);
        assertThat(dsl.fetchCount(app.settle.portal.jooq.Tables.AUDIT_EVENT,
                app.settle.portal.jooq.Tables.AUDIT_EVENT.ACTION.eq("ROUND_ROBIN_ON")
                        .and(app.settle.portal.jooq.Tables.AUDIT_EVENT.ENTITY_ID.eq(Long.toString(queueId("Deal")))))).isEqualTo(1);

        // a restart (a new deal object, as after a new start of the portal) continues with the next collector
        Created later = account("N4", "300.00", DomainTest.daytimeZone(), true);
        recompute();
        app.settle.portal.security.TestLogins.signOut();
        dealAsTheJobDoes(plugin, host);
        assertThat(collectorOf(later)).isEqualTo(userIdByName(second));
        dealAsTheJobDoes(plugin, host);
        assertThat(placed.stream().map(this::collectorOf).toList()).as("an account is dealt once")
                .containsExactly(userId(collector), userIdByName(second), userId(collector));
    }

    @Test
    void twoPortalNodesTickingThePlacementJobAtOnceRunItOnce() throws Exception {
        openAs(collector);
        navigateTo("worklist");
        Component screen = screenOf("app.settle.worklist.WorklistView$Screen");
        Object host = pluginField(screen, "host");
        ClassLoader plugin = screen.getClass().getClassLoader();
        Object nodeA = pluginObject(plugin, "app.settle.worklist.WorklistJobs", node(host));
        Object nodeB = pluginObject(plugin, "app.settle.worklist.WorklistJobs", node(host));
        java.lang.reflect.Method tick = nodeA.getClass().getDeclaredMethod("placementsTick");
        tick.setAccessible(true);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Object>> ticks = java.util.stream.Stream.of(nodeA, nodeB)
                    .map(node -> pool.submit(() -> {
                        start.await();
                        return tick.invoke(node);
                    })).toList();
            start.countDown();
            long ran = 0;
            for (var result : ticks) {
                ran += (Boolean) result.get() ? 1 : 0;
            }
            assertThat(ran).as("one of the two nodes ran the tick").isEqualTo(1);
            assertThat((Boolean) pool.submit(() -> tick.invoke(nodeB)).get())
                    .as("a node whose tick comes a little later skips it").isFalse();
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    @Autowired
    javax.sql.DataSource dataSource;

    /** The plugin's host context as a second portal node sees it: the same database, a lock client of its own. */
    private Object node(Object host) {
        app.settle.api.JobLocks locks = new app.settle.portal.jobs.JobLockService(dataSource).forOwner("worklist");
        return java.lang.reflect.Proxy.newProxyInstance(app.settle.api.HostContext.class.getClassLoader(),
                new Class<?>[] {app.settle.api.HostContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("jobs")) {
                        return locks;
                    }
                    try {
                        return method.invoke(host, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** What the placement job does after the placements are computed: a fresh deal object, as after a restart. */
    private static void dealAsTheJobDoes(ClassLoader plugin, Object host) throws Exception {
        Object deal = pluginObject(plugin, "app.settle.worklist.RoundRobin", host);
        java.lang.reflect.Method run = deal.getClass().getDeclaredMethod("deal");
        run.setAccessible(true);
        run.invoke(deal);
    }

    private Component screenOf(String className) {
        return _find(Component.class).stream().filter(c -> c.getClass().getName().equals(className)).findFirst()
                .orElseThrow();
    }

    private static Object pluginField(Object target, String name) throws ReflectiveOperationException {
        java.lang.reflect.Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }

    /** An object of a plugin class (only in the plugin's class loader) made with the plugin's host context. */
    private static Object pluginObject(ClassLoader plugin, String className, Object host)
            throws ReflectiveOperationException {
        var constructor = Class.forName(className, true, plugin).getDeclaredConstructor(app.settle.api.HostContext.class);
        constructor.setAccessible(true);
        return constructor.newInstance(host);
    }

    private Long collectorOf(Created created) {
        return dsl.select(app.settle.api.db.Tables.ACCOUNT.COLLECTOR_ID).from(app.settle.api.db.Tables.ACCOUNT)
                .where(app.settle.api.db.Tables.ACCOUNT.ID.eq(created.accountId())).fetchSingle().value1();
    }

    private long userId(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private long userIdByName(String displayName) {
        return dsl.select(app.settle.portal.jooq.Tables.APP_USER.ID).from(app.settle.portal.jooq.Tables.APP_USER)
                .where(app.settle.portal.jooq.Tables.APP_USER.DISPLAY_NAME.eq(displayName)).fetchSingle().value1();
    }

    private Created dated(String label, String balance, LocalDate delinquentSince, String zone) {
        return fixtures.account(newRef(label)).team(team).zone(zone).balance(balance).delinquentSince(delinquentSince)
                .phone("212555" + String.format("%04d", COUNTER.incrementAndGet() % 10_000)).create();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> worklistGrid() {
        return _get(Grid.class, spec -> spec.withId("worklist-grid"));
    }

    private static List<String> shownRefs() {
        Grid<Object> grid = worklistGrid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._getFormatted(grid, i, "account")).toList();
    }

    private Created account(String label, String balance, String zone, boolean phone) {
        CoreFixtures.AccountBuilder builder = fixtures.account(newRef(label)).team(team).zone(zone).balance(balance);
        if (phone) {
            builder.phone("212555" + String.format("%04d", COUNTER.incrementAndGet() % 10_000));
        }
        return builder.create();
    }

    private String newRef(String label) {
        return "WL-" + label + "-" + System.nanoTime();
    }

    private String ref(Created created) {
        return dsl.select(app.settle.api.db.Tables.ACCOUNT.EXTERNAL_REF).from(app.settle.api.db.Tables.ACCOUNT)
                .where(app.settle.api.db.Tables.ACCOUNT.ID.eq(created.accountId())).fetchSingle().value1();
    }

    /** The id of the test team's queue of that name (a full recomputation also gives every team a starter queue). */
    private long queueId(String queueName) {
        return dsl.select(field(name("id"), Long.class)).from(table(name("worklist_queue")))
                .where(field(name("name")).eq(queueName), field(name("team_id")).eq(fixtures.teamId(team)))
                .fetchSingle().value1();
    }

    private void placeHold(long accountId) {
        dsl.insertInto(ACCOUNT_HOLD).set(ACCOUNT_HOLD.ACCOUNT_ID, accountId).set(ACCOUNT_HOLD.REASON, "MANUAL")
                .set(ACCOUNT_HOLD.BLOCKS_CONTACT, true).set(ACCOUNT_HOLD.BLOCKS_COLLECTION, true)
                .set(ACCOUNT_HOLD.SOURCE, "host").set(ACCOUNT_HOLD.PLACED_BY, "test")
                .set(ACCOUNT_HOLD.PLACED_AT, LocalDateTime.now(ZoneOffset.UTC)).execute();
    }

    private void recomputeAndCreateQueue(String queueName, String ranking) {
        recompute();
        createQueue(queueName, team, ranking, Set.of(collectorName));
    }

    private static String status(Grid<?> grid, int row) {
        return GridKt._getFormatted(grid, row, "now");
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ContactOutcome> outcome() {
        return _get(ComboBox.class, spec -> spec.withId("log-outcome"));
    }

    private static List<String> menu() {
        return _find(_get(MainLayout.class), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
