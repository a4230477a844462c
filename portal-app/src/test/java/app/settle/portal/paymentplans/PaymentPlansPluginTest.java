package app.settle.portal.paymentplans;

import static app.settle.api.db.Tables.TIMELINE_ENTRY;
import static app.settle.portal.jooq.Tables.AUDIT_EVENT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.core.AccountEvent;
import app.settle.api.core.HoldReason;
import app.settle.api.core.Money;
import app.settle.portal.events.HostEventBus;
import app.settle.portal.holds.HoldService;
import app.settle.portal.payments.IncomingPayment;
import app.settle.portal.payments.PaymentKind;
import app.settle.portal.payments.PaymentPosting;
import app.settle.portal.security.TestLogins;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.KaribuViewTest;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.UserDirectory;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The payment plans plugin as shipped (its jar, loaded by the real plugin host): a collector records from the
 * negotiation panel, a supervisor approves in the queue, payments posted by the host are allocated, the scheduled
 * job marks instalments broken after the grace period. The database is checked after each step.
 */
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PaymentPlansPluginTest extends KaribuViewTest {

    static final Path WORK = TestDatabase.workDir().resolve("payment-plans-test");

    @DynamicPropertySource
    static void shippedPlugin(DynamicPropertyRegistry registry) {
        // the worklist too: it counts the broken promises this plugin records
        TestPlugins.folderWithShipped(WORK.resolve("plugins"), "payment-plans", "worklist");
        registry.add("settle.plugins.dir", () -> WORK.resolve("plugins").toString());
        registry.add("settle.plugins.data-dir", () -> WORK.resolve("plugin-data").toString());
        registry.add("settle.plugins.payment-plans.job-initial-delay-seconds", () -> "1");
        registry.add("settle.plugins.payment-plans.job-interval-seconds", () -> "1");
    }

    @Autowired
    DSLContext dsl;
    @Autowired
    UserDirectory users;
    @Autowired
    PaymentPosting posting;
    @Autowired
    HostEventBus events;
    @Autowired
    HoldService holds;

    CoreFixtures fixtures;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void fixtures() {
        fixtures = new CoreFixtures(dsl);
    }

    @Test
    void aSettlementBelowTheFloorIsApprovedThenPaymentsAreAllocatedAndReversed() {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("1000.00").create().accountId();
        openAs("collector");
        navigateTo("accounts/" + accountId);
        assertThat(ladder()).containsExactly(
                List.of("Pay in full", "$1,000.00", "one payment"),
                List.of("Plan over 3 months", "$1,000.00", "3 × $333.33 (last $333.34)"),
                List.of("Plan over 6 months", "$1,000.00", "6 × $166.66 (last $166.70)"),
                List.of("Plan over 12 months", "$1,000.00", "12 × $83.33 (last $83.37)"),
                List.of("Settle at 60%", "$600.00", "one payment"));

        click("plan-record");
        choose("plan-kind", "Settlement");
        fill("plan-total", new BigDecimal("500.00"));
        fill("plan-count", 2);
        fill("plan-first", today.plusDays(3));
        fill("plan-waiver", "Late fees of $45.00 waived");
        assertThat(text("plan-outlook")).contains("2 payments of $250.00",
                "Needs a supervisor's approval: settlement of 500.00 is below the floor of 600.00 (60%)");
        click("plan-save");

        assertThat(notifications()).containsExactly("Recorded.");
        Record plan = arrangement(accountId);
        assertThat(plan.get("status", String.class)).isEqualTo("PENDING_APPROVAL");
        assertThat(plan.get("waiver", String.class)).isEqualTo("Late fees of $45.00 waived");
        assertThat(instalmentAmounts(plan)).containsExactly(new BigDecimal("250.0000"), new BigDecimal("250.0000"));
        assertThat(text("negotiation-panel")).contains("Waiting for approval", "Waiting for a supervisor");

        openAs("supervisor");
        navigateTo("");
        assertThat(text("plans-pending")).isEqualTo("1");
        assertThat(text("plans-widget")).contains("waiting for approval", "promise rate", "promises kept");
        navigateTo("payment-plans/approvals");
        assertThat(text("plan-approvals")).contains(ref, "below the floor");
        _click(_find(Button.class).stream().filter(b -> b.hasClassName("plan-approve")).findFirst().orElseThrow());
        assertThat(notifications()).containsExactly("Approved.");
        assertThat(arrangement(accountId).get("status", String.class)).isEqualTo("CURRENT");
        assertThat(arrangement(accountId).get("decided_by", String.class)).isEqualTo("supervisor");

        post(ref + "-P1", ref, "250.00");
        assertThat(instalments(plan)).extracting(r -> r.get("state", String.class)).containsExactly("KEPT", "PENDING");
        // the host delivers the same event again: nothing changes
        events.publish(new AccountEvent.PaymentApplied(accountId, ref + "-P1", Money.of("250.00", "USD"), today,
                false));
        assertThat(paid(plan)).containsExactly(new BigDecimal("250.0000"), BigDecimal.ZERO.setScale(4));

        post(ref + "-P2", ref, "100.00"); // partial
        assertThat(paid(plan)).containsExactly(new BigDecimal("250.0000"), new BigDecimal("100.0000"));
        TestLogins.signIn(users, "admin");
        posting.post(new IncomingPayment(ref + "-R1", "TESTBANK", null, PaymentKind.REVERSAL, ref + "-P1",
                new BigDecimal("250.00"), "USD", today, "ACH"), null, "admin");
        assertThat(paid(plan)).containsExactly(BigDecimal.ZERO.setScale(4), new BigDecimal("100.0000"));
        assertThat(instalments(plan)).extracting(r -> r.get("state", String.class)).containsExactly("PENDING",
                "PENDING");

        post(ref + "-P3", ref, "500.00"); // over: 250 + 150, 100 left over
        assertThat(paid(plan)).containsExactly(new BigDecimal("250.0000"), new BigDecimal("250.0000"));
        assertThat(arrangement(accountId).get("status", String.class)).isEqualTo("COMPLETED");
        assertThat(timeline(accountId)).anyMatch(t -> t.startsWith("Settlement: $500.00 in 2"))
                .contains("Settlement approved by supervisor", "Settlement is now completed");
        assertThat(audit()).contains("ARRANGEMENT_RECORDED", "ARRANGEMENT_APPROVED", "PAYMENT_ALLOCATED",
                "PAYMENT_UNALLOCATED", "ARRANGEMENT_COMPLETED");
    }

    @Test
    void theJobMarksAPromiseBrokenOnlyAfterTheGracePeriod() throws InterruptedException {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("800.00").create().accountId();
        openAs("collector");
        navigateTo("accounts/" + accountId);
        click("plan-record");
        choose("plan-kind", "Promise to pay");
        fill("plan-total", new BigDecimal("200.00"));
        fill("plan-first", today);
        click("plan-save");
        assertThat(notifications()).containsExactly("Recorded.");
        Record promise = arrangement(accountId);
        assertThat(promise.get("status", String.class)).isEqualTo("CURRENT");

        // due 3 days ago: the last day of the 3-day grace period, still pending after the job ran
        dueOn(promise, today.minusDays(3));
        waitForJob();
        assertThat(instalments(promise)).extracting(r -> r.get("state", String.class)).containsExactly("PENDING");

        List<AccountEvent.PromiseBroken> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var listening = events.forOwner("test").subscribe(AccountEvent.PromiseBroken.class, heard::add)) {
            dueOn(promise, today.minusDays(4));
            await(() -> "BROKEN".equals(instalments(promise).getFirst().get("state", String.class)));
            await(() -> !heard.isEmpty());
        }
        assertThat(arrangement(accountId).get("status", String.class)).isEqualTo("DEFAULTED");
        assertThat(timelineKinds(accountId)).contains("PROMISE_BROKEN");
        // the worklist hears the event and counts the broken promise (its rank and flag follow from the count)
        await(() -> dsl.fetchOptional("SELECT broken_promises FROM worklist_account WHERE account_id = ?", accountId)
                .map(r -> r.get(0, Integer.class) == 1).orElse(false));
        assertThat(heard).singleElement().satisfies(e -> {
            assertThat(e.accountId()).isEqualTo(accountId);
            assertThat(e.amount()).isEqualTo(Money.of("200.0000", "USD"));
            assertThat(e.dueOn()).isEqualTo(today.minusDays(4));
            assertThat(e.source()).isEqualTo("payment-plans");
        });

        // a late payment in full keeps it after all
        post(ref + "-LATE", ref, "200.00");
        assertThat(instalments(promise)).extracting(r -> r.get("state", String.class)).containsExactly("KEPT");
        assertThat(arrangement(accountId).get("status", String.class)).isEqualTo("COMPLETED");
    }

    @Test
    void aPlanIsMovedAndCancelledWithTheReasonInTheAuditLog() {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").name("Pat", "<b>Doe</b>").balance("600.00").create()
                .accountId();
        openAs("collector");
        navigateTo("accounts/" + accountId);
        fillIn("Payment plan", "600.00", 12, today.plusDays(2));
        fill("plan-each", new BigDecimal("250.00")); // the instalment amount wins over the count
        assertThat(text("plan-outlook")).startsWith("3 payments of $250.00").contains("the last $100.00");
        click("plan-save");
        assertThat(notifications()).containsExactly("Recorded.");
        Record plan = arrangement(accountId);
        assertThat(plan.get("status", String.class)).isEqualTo("CURRENT");
        assertThat(instalmentAmounts(plan)).containsExactly(new BigDecimal("250.0000"), new BigDecimal("250.0000"),
                new BigDecimal("100.0000"));

        click("plan-move");
        fill("plan-move-date", today.minusDays(1));
        fill("plan-move-reason", "Payday moved");
        click("plan-move-save");
        assertThat(notifications()).first().asString().startsWith("Not done: The date of instalment 1");
        fill("plan-move-date", today.plusDays(9));
        click("plan-move-save");
        assertThat(notifications()).containsExactly("Date changed.");
        assertThat(instalments(plan)).extracting(r -> r.get("due_on", LocalDate.class))
                .containsExactly(today.plusDays(9), today.plusDays(2).plusMonths(1), today.plusDays(2).plusMonths(2));

        String letter = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("plan-letter"))),
                StandardCharsets.UTF_8);
        assertThat(letter).contains("Dear Pat &lt;b&gt;Doe&lt;/b&gt;", "account " + ref, "Payment plan: $600.00 in 3 monthly",
                "This communication is from a debt collector", "You may dispute all or part of this debt",
                "does not restart or extend the time").doesNotContain("{{", "<b>Doe");
        assertThat(audit()).contains("PLAN_LETTER_PRODUCED");

        click("plan-cancel");
        click("plan-cancel-confirm");
        assertThat(notifications()).first().asString().startsWith("Not done: Give the reason");
        fill("plan-cancel-reason", "Debtor will pay in full from a loan");
        click("plan-cancel-confirm");
        assertThat(notifications()).containsExactly("Arrangement cancelled.");
        assertThat(arrangement(accountId).get("status", String.class)).isEqualTo("CANCELLED");
        assertThat(arrangement(accountId).get("end_reason", String.class))
                .isEqualTo("Debtor will pay in full from a loan");
        assertThat(dsl.select(AUDIT_EVENT.AFTER_VALUE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_ID.eq(plan.get("id", Long.class).toString())
                        .and(AUDIT_EVENT.ACTION.in("ARRANGEMENT_CHANGED", "ARRANGEMENT_CANCELLED")))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.AFTER_VALUE))
                .satisfiesExactly(changed -> assertThat(changed).contains("reason: Payday moved"),
                        cancelled -> assertThat(cancelled).isEqualTo("CANCELLED · Debtor will pay in full from a loan"));
        // the ladder is back for a new offer
        assertThat(present("negotiation-ladder")).isTrue();
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("300.00").create().accountId();
        openAs("collector");
        navigateTo("accounts/" + accountId);

        record("Payment plan", "300.01", 3, today.plusDays(1));
        assertThat(notifications()).containsExactly("Not done: The amount is more than the balance of 300.00.");
        record("Payment plan", "0", 3, today.plusDays(1));
        assertThat(notifications()).containsExactly("Not done: The amount must be more than zero.");
        record("Payment plan", "300.00", 3, today.minusDays(1));
        assertThat(notifications()).first().asString().startsWith("Not done: The date ").endsWith("is in the past.");
        assertThat(arrangements(accountId)).isZero();

        // another collector records a plan while this one fills in the form: the second is refused
        fillIn("Payment plan", "300.00", 3, today.plusDays(1));
        dsl.execute("""
                INSERT INTO payment_plans_arrangement (account_id, kind, status, total_amount, currency,
                    balance_at_offer, frequency, method, created_by, created_at, version)
                VALUES (?, 'PROMISE', 'CURRENT', 100, 'USD', 300, 'MONTHLY', 'Check', 'other', UTC_TIMESTAMP(), 0)""",
                accountId);
        click("plan-save");
        assertThat(notifications()).containsExactly(
                "Not done: The account already has an active promise to pay: change or cancel it first.");
        assertThat(arrangements(accountId)).isOne();

        // a hold placed while the collector fills in the form: saving is refused; the panel then says why
        String held = ref();
        long heldId = fixtures.account(held).zone("UTC").balance("300.00").create().accountId();
        openAs("collector");
        navigateTo("accounts/" + heldId);
        click("plan-record");
        choose("plan-kind", "Payment plan");
        fill("plan-count", 3);
        TestLogins.signIn(users, "supervisor");
        holds.place(heldId, HoldReason.DISPUTE, "Disputed by phone", "host");
        TestLogins.signIn(users, "collector");
        click("plan-save");
        assertThat(notifications()).containsExactly("Not done: The account is on hold (Dispute): collection is"
                + " stopped, so no promise or plan can be recorded.");
        assertThat(arrangements(heldId)).isZero();
        navigateTo("accounts/" + heldId);
        assertThat(text("negotiation-panel")).isEqualTo(
                "Collection is on hold (Dispute): no promise or plan can be recorded while it lasts.");
        assertThat(present("plan-record")).isFalse();
    }

    private void record(String kind, String total, int count, LocalDate first) {
        fillIn(kind, total, count, first);
        click("plan-save");
        if (present("plan-save")) {
            _find(Button.class).stream().filter(b -> "Cancel".equals(b.getText())).findFirst().ifPresent(b -> _click(b));
        }
    }

    private static void fillIn(String kind, String total, int count, LocalDate first) {
        click("plan-record");
        choose("plan-kind", kind);
        fill("plan-total", new BigDecimal(total));
        fill("plan-count", count);
        fill("plan-first", first);
    }

    private void post(String paymentRef, String accountRef, String amount) {
        TestLogins.signIn(users, "admin");
        posting.post(new IncomingPayment(paymentRef, "TESTBANK", accountRef, PaymentKind.PAYMENT, null,
                new BigDecimal(amount), "USD", today, "ACH"), null, "admin");
    }

    private void dueOn(Record arrangement, LocalDate date) {
        dsl.execute("UPDATE payment_plans_instalment SET due_on = ? WHERE arrangement_id = ?", date,
                arrangement.get("id", Long.class));
    }

    /** Waits until the job has run at least once more (its lock row moves on). */
    private void waitForJob() throws InterruptedException {
        Instant before = Instant.now();
        await(() -> {
            var lockedAt = dsl.fetchOptional("SELECT locked_at FROM shedlock WHERE name = 'payment-plans:evaluate-promises'");
            return lockedAt.isPresent() && lockedAt.get().get(0, java.time.LocalDateTime.class)
                    .toInstant(ZoneOffset.UTC).isAfter(before.plusMillis(1500));
        });
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not done within 30 s");
            }
            Thread.sleep(200);
        }
    }

    private Record arrangement(long accountId) {
        return dsl.fetchSingle("SELECT * FROM payment_plans_arrangement WHERE account_id = ? ORDER BY id DESC LIMIT 1",
                accountId);
    }

    private int arrangements(long accountId) {
        return dsl.fetchCount(DSL.table("payment_plans_arrangement"), DSL.field("account_id").eq(accountId));
    }

    private List<Record> instalments(Record arrangement) {
        return dsl.fetch("SELECT * FROM payment_plans_instalment WHERE arrangement_id = ? ORDER BY seq",
                arrangement.get("id", Long.class));
    }

    private List<BigDecimal> instalmentAmounts(Record arrangement) {
        return instalments(arrangement).stream().map(r -> r.get("amount", BigDecimal.class)).toList();
    }

    private List<BigDecimal> paid(Record arrangement) {
        return instalments(arrangement).stream().map(r -> r.get("paid_amount", BigDecimal.class)).toList();
    }

    private List<String> timeline(long accountId) {
        return dsl.select(TIMELINE_ENTRY.TITLE).from(TIMELINE_ENTRY).where(TIMELINE_ENTRY.ACCOUNT_ID.eq(accountId))
                .orderBy(TIMELINE_ENTRY.ID).fetch(TIMELINE_ENTRY.TITLE);
    }

    private List<String> timelineKinds(long accountId) {
        return dsl.select(TIMELINE_ENTRY.KIND).from(TIMELINE_ENTRY).where(TIMELINE_ENTRY.ACCOUNT_ID.eq(accountId))
                .fetch(TIMELINE_ENTRY.KIND);
    }

    private List<String> audit() {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SOURCE.eq("payment-plans"))
                .fetch(AUDIT_EVENT.ACTION);
    }

    private static String ref() {
        return "PP-" + System.nanoTime() % 1_000_000_000L;
    }

    /** The settlement ladder's rows as the collector reads them. */
    private static List<List<String>> ladder() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("negotiation-ladder"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i).subList(0, 3))
                .toList();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    /** Picks the radio item users read as {@code label} (the plugin's types load only through PF4J). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choose(String id, String label) {
        RadioButtonGroup group = _get(RadioButtonGroup.class, spec -> spec.withId(id));
        group.setValue(group.getListDataView().getItems()
                .filter(item -> label.equals(group.getItemLabelGenerator().apply(item))).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static <V> void fill(String id, V value) {
        ((HasValue<?, V>) _get(Component.class, spec -> spec.withId(id))).setValue(value);
    }

    private static List<String> notifications() {
        List<Notification> open = NotificationsKt.getNotifications();
        List<String> texts = open.stream().map(n -> n.getElement().getProperty("text")).toList();
        NotificationsKt.clearNotifications();
        return texts;
    }
}
