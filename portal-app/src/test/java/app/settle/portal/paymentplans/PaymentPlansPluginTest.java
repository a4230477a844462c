package app.settle.portal.paymentplans;

import static app.settle.api.db.Tables.TIMELINE_ENTRY;
import static app.settle.portal.jooq.Tables.AUDIT_EVENT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.settle.api.JobLocks;
import app.settle.api.core.AccountEvent;
import app.settle.api.core.HoldReason;
import app.settle.api.core.Money;
import app.settle.portal.events.HostEventBus;
import app.settle.portal.holds.HoldService;
import app.settle.portal.jobs.JobLockService;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
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
    @Autowired
    ConfigurableEnvironment environment;
    @Autowired
    DataSource dataSource;

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
    void aSupervisorRejectsWithANoteAndNobodyDecidesOnWhatTheyRecorded() {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("1000.00").create().accountId();
        recordSettlementBelowTheFloor("collector", accountId);

        openAs("supervisor");
        navigateTo("payment-plans/approvals");
        _click(_get(approvalItem(ref), Button.class, spec -> spec.withClasses("plan-reject")));
        assertThat(notifications()).containsExactly("Not done: Say why the arrangement is not approved.");
        assertThat(arrangement(accountId).get("status", String.class)).isEqualTo("PENDING_APPROVAL");
        _get(approvalItem(ref), TextField.class, spec -> spec.withClasses("plan-decision-note"))
                .setValue("The creditor accepts no less than 60%");
        _click(_get(approvalItem(ref), Button.class, spec -> spec.withClasses("plan-reject")));
        assertThat(notifications()).containsExactly("Rejected.");
        Record rejected = arrangement(accountId);
        assertThat(rejected.get("status", String.class)).isEqualTo("REJECTED");
        assertThat(rejected.get("decided_by", String.class)).isEqualTo("supervisor");
        assertThat(rejected.get("decision_note", String.class)).isEqualTo("The creditor accepts no less than 60%");
        assertThat(text("plan-approvals")).doesNotContain(ref);
        assertThat(timeline(accountId)).contains("Settlement not approved by supervisor");

        // the collector sees the decision, and the ladder is back for a new offer
        openAs("collector");
        navigateTo("accounts/" + accountId);
        assertThat(text("negotiation-history")).contains("Not approved");
        assertThat(present("negotiation-ladder")).isTrue();

        // a supervisor who recorded an arrangement leaves the decision to another
        String own = ref();
        long ownId = fixtures.account(own).zone("UTC").balance("1000.00").create().accountId();
        recordSettlementBelowTheFloor("supervisor", ownId);
        navigateTo("payment-plans/approvals");
        _click(_get(approvalItem(own), Button.class, spec -> spec.withClasses("plan-approve")));
        assertThat(notifications()).containsExactly(
                "Not done: You recorded this arrangement: another supervisor decides on it.");
        assertThat(arrangement(ownId).get("status", String.class)).isEqualTo("PENDING_APPROVAL");
        openAs("admin");
        navigateTo("payment-plans/approvals");
        _click(_get(approvalItem(own), Button.class, spec -> spec.withClasses("plan-approve")));
        assertThat(notifications()).containsExactly("Approved.");
        assertThat(arrangement(ownId).get("decided_by", String.class)).isEqualTo("admin");
        assertThat(audit()).contains("ARRANGEMENT_REJECTED", "ARRANGEMENT_APPROVED");
    }

    private void recordSettlementBelowTheFloor(String user, long accountId) {
        openAs(user);
        navigateTo("accounts/" + accountId);
        click("plan-record");
        choose("plan-kind", "Settlement");
        fill("plan-total", new BigDecimal("400.00"));
        fill("plan-count", 1);
        fill("plan-first", today.plusDays(3));
        click("plan-save");
        assertThat(notifications()).containsExactly("Recorded.");
    }

    /** The approval queue's item for the account with this reference. */
    private static Component approvalItem(String accountRef) {
        return _find(Div.class, spec -> spec.withClasses("plan-approval-item")).stream()
                .filter(item -> item.getElement().getTextRecursively().contains(accountRef)).findFirst().orElseThrow();
    }

    @Test
    void theJobMarksAPromiseBrokenOnlyAfterTheGracePeriod() throws InterruptedException {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("800.00").create().accountId();
        List<AccountEvent.PromiseMade> made = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var listening = events.forOwner("test").subscribe(AccountEvent.PromiseMade.class, made::add)) {
            recordPromiseDueToday(accountId, "200.00");
        }
        Record promise = arrangement(accountId);
        assertThat(promise.get("status", String.class)).isEqualTo("CURRENT");
        assertThat(made).as("outreach hears of the promise").singleElement().satisfies(e -> {
            assertThat(e.accountId()).isEqualTo(accountId);
            assertThat(e.amount()).isEqualTo(Money.of("200.0000", "USD"));
            assertThat(e.dueOn()).isEqualTo(today);
            assertThat(e.reference()).isEqualTo("payment-plans-" + promise.get("id", Long.class));
        });

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
        assertThat(timelineKinds(accountId)).as("judgements the dashboard counts").contains("PROMISE_BROKEN",
                "PROMISE_KEPT");
    }

    @Test
    void aPlanIsModifiedAndCancelledWithTheReasonInTheAuditLog() {
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

        // the Modify dialog: the unpaid instalments with their dates and amounts, a running total, a reason
        click("plan-modify");
        assertThat(text("plan-modify-total")).isEqualTo("Total $600.00 of $600.00. Adds up.");
        fill("plan-modify-date-1", today.minusDays(1));
        assertThat(text("plan-modify-total")).endsWith("The date of instalment 1, " + date(today.minusDays(1))
                + ", is in the past.");
        fill("plan-modify-reason", "Payday moved");
        click("plan-modify-save");
        assertThat(notifications()).first().asString().startsWith("Not done: The date of instalment 1");
        fill("plan-modify-date-1", today.plusDays(9));
        fill("plan-modify-amount-2", new BigDecimal("600.01"));
        assertThat(text("plan-modify-total")).endsWith("The amount of instalment 2 is more than the balance of"
                + " $600.00.");
        fill("plan-modify-amount-2", new BigDecimal("200.00"));
        assertThat(text("plan-modify-total")).isEqualTo("Total $550.00 of $600.00. The instalments come to $550.00"
                + " but must add up to $600.00, what is left of the $600.00 total ($50.00 short).");
        click("plan-modify-save");
        assertThat(notifications()).first().asString().startsWith("Not done: The instalments come to $550.00");
        assertThat(instalmentAmounts(plan)).containsExactly(new BigDecimal("250.0000"), new BigDecimal("250.0000"),
                new BigDecimal("100.0000"));
        fill("plan-modify-amount-3", new BigDecimal("150.00"));
        assertThat(text("plan-modify-total")).isEqualTo("Total $600.00 of $600.00. Adds up.");
        fill("plan-modify-reason", " ");
        click("plan-modify-save");
        assertThat(notifications()).first().asString().startsWith("Not done: Give the reason for the change");
        fill("plan-modify-reason", "Payday moved");
        click("plan-modify-save");
        assertThat(notifications()).containsExactly("Payment plan changed.");
        assertThat(present("plan-modify-save")).isFalse();
        assertThat(instalments(plan)).extracting(r -> r.get("due_on", LocalDate.class), r -> r.get("amount",
                BigDecimal.class)).containsExactly(tuple(today.plusDays(9), new BigDecimal("250.0000")),
                tuple(today.plusDays(2).plusMonths(1), new BigDecimal("200.0000")),
                tuple(today.plusDays(2).plusMonths(2), new BigDecimal("150.0000")));
        // the card shows the new schedule
        assertThat(schedule()).containsExactly(List.of("1", date(today.plusDays(9)), "$250.00"),
                List.of("2", date(today.plusDays(2).plusMonths(1)), "$200.00"),
                List.of("3", date(today.plusDays(2).plusMonths(2)), "$150.00"));
        assertThat(timeline(accountId)).contains("Payment plan changed");

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
                .satisfiesExactly(changed -> assertThat(changed).isEqualTo("#1 " + date(today.plusDays(9))
                                + " $250.00; #2 " + date(today.plusDays(2).plusMonths(1)) + " $200.00; #3 "
                                + date(today.plusDays(2).plusMonths(2)) + " $150.00; reason: Payday moved"),
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

    @Test
    void aFailedAllocationIsCompletedByTheNextJobRunAndNeverDoubled() throws InterruptedException {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("600.00").create().accountId();
        openAs("collector");
        navigateTo("accounts/" + accountId);
        fillIn("Payment plan", "600.00", 3, today.plusDays(2));
        click("plan-save");
        assertThat(notifications()).containsExactly("Recorded.");
        Record plan = arrangement(accountId);
        String payment = ref + "-P1";

        // the database refuses this payment's allocation rows, as a deadlock or a lost connection would
        dsl.execute("CREATE TRIGGER payment_plans_test_refuse BEFORE INSERT ON payment_plans_allocation FOR EACH ROW"
                + " BEGIN IF NEW.payment_ref = '" + payment + "' THEN SIGNAL SQLSTATE '45000'"
                + " SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
        try {
            post(payment, ref, "200.00");
            assertThat(paid(plan)).containsOnly(BigDecimal.ZERO.setScale(4));
            assertThat(pending(payment)).isPresent();
            // the job tries again while the failure lasts: still nothing allocated, the attempts counted
            await(() -> pending(payment).map(r -> r.get("attempts", Integer.class) >= 2).orElse(false));
            assertThat(pending(payment).orElseThrow().get("last_error", String.class)).contains("refused by the test");
            assertThat(paid(plan)).containsOnly(BigDecimal.ZERO.setScale(4));
        } finally {
            dsl.execute("DROP TRIGGER IF EXISTS payment_plans_test_refuse");
        }

        await(() -> pending(payment).isEmpty());
        assertThat(paid(plan)).containsExactly(new BigDecimal("200.0000"), BigDecimal.ZERO.setScale(4),
                BigDecimal.ZERO.setScale(4));
        // more runs of the job and the host delivering the event again change nothing
        waitForJob();
        events.publish(new AccountEvent.PaymentApplied(accountId, payment, Money.of("200.00", "USD"), today, false));
        assertThat(paid(plan)).containsExactly(new BigDecimal("200.0000"), BigDecimal.ZERO.setScale(4),
                BigDecimal.ZERO.setScale(4));
        assertThat(dsl.fetchCount(DSL.table("payment_plans_allocation"), DSL.field("payment_ref").eq(payment)))
                .isOne();
        assertThat(instalments(plan)).extracting(r -> r.get("state", String.class))
                .containsExactly("KEPT", "PENDING", "PENDING");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("PAYMENT_ALLOCATED")
                .and(AUDIT_EVENT.AFTER_VALUE.startsWith(payment + ":")))).isOne();
    }

    @Test
    void guardrailSettingsThatAreNotValidAreExplainedAndChangeNothing() {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("400.00").create().accountId();
        openAs("collector");
        navigateTo("accounts/" + accountId);
        fillIn("Payment plan", "400.00", 4, today.plusDays(2));
        MapPropertySource wrong = new MapPropertySource("wrong-guardrails", Map.of(
                "settle.plugins.payment-plans.settlement-floor-percent", "150",
                "settle.plugins.payment-plans.grace-days", "-1"));
        environment.getPropertySources().addFirst(wrong);
        try {
            String explained = "The payment plans settings are not valid: settle.plugins.payment-plans"
                    + ".settlement-floor-percent must be more than 0 and at most 100 (it is 150); settle.plugins"
                    + ".payment-plans.grace-days must be at least 0 and at most 90 (it is -1). Ask an administrator"
                    + " to correct them.";
            click("plan-save");
            assertThat(notifications()).containsExactly("Not done: " + explained);
            assertThat(arrangements(accountId)).isZero();
            navigateTo("accounts/" + accountId);
            assertThat(text("negotiation-settings-invalid")).isEqualTo(explained);
            assertThat(present("plan-record")).isFalse();
        } finally {
            environment.getPropertySources().remove("wrong-guardrails");
        }
        navigateTo("accounts/" + accountId);
        assertThat(present("plan-record")).isTrue();
    }

    @Test
    void whileAnotherNodeHoldsTheJobLockThisNodeDoesNotJudge() throws InterruptedException {
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("500.00").create().accountId();
        recordPromiseDueToday(accountId, "100.00");
        Record promise = arrangement(accountId);

        // another portal node takes the same ShedLock lock (once this node's tick has let it go) for 4 seconds
        JobLocks otherNode = new JobLockService(dataSource).forOwner("payment-plans");
        await(() -> otherNode.runOnce("evaluate-promises", Duration.ofSeconds(4), Duration.ofMinutes(1), () -> {
        }));
        Instant taken = Instant.now();
        dueOn(promise, today.minusDays(10));
        Thread.sleep(2500); // this node's job ticks every second meanwhile, and skips
        assertThat(Instant.now()).isBefore(taken.plusSeconds(4));
        assertThat(instalments(promise)).extracting(r -> r.get("state", String.class)).containsExactly("PENDING");
        // once the lock is free, this node's next tick judges the promise broken
        await(() -> "BROKEN".equals(instalments(promise).getFirst().get("state", String.class)));
        assertThat(Instant.now()).isAfterOrEqualTo(taken.plusSeconds(4));
    }

    @Test
    void theHomeWidgetShowsPromiseRateKeptRateAndPlanPerformance() {
        openAs("supervisor");
        navigateTo("");
        Widget before = widget();
        String ref = ref();
        long accountId = fixtures.account(ref).zone("UTC").balance("500.00").create().accountId();
        recordPromiseDueToday(accountId, "100.00");
        post(ref + "-P1", ref, "100.00");
        assertThat(arrangement(accountId).get("status", String.class)).isEqualTo("COMPLETED");

        openAs("supervisor");
        navigateTo("");
        Widget after = widget();
        assertThat(after.recorded()).isEqualTo(before.recorded() + 1);
        assertThat(after.conversations()).isEqualTo(before.conversations());
        assertThat(after.kept()).isEqualTo(before.kept() + 1);
        assertThat(after.broken()).isEqualTo(before.broken());
        assertThat(after.byStatus()).containsEntry("completed", before.byStatus().get("completed") + 1)
                .containsEntry("current", before.byStatus().get("current"))
                .containsEntry("late", before.byStatus().get("late"))
                .containsEntry("defaulted", before.byStatus().get("defaulted"));
        assertThat(text("plans-kept-rate")).isEqualTo(
                Math.round(100.0 * after.kept() / (after.kept() + after.broken())) + "%");
        assertThat(text("plans-promise-rate")).isEqualTo(after.conversations() == 0 ? "–"
                : Math.round(100.0 * after.recorded() / after.conversations()) + "%");
    }

    /** The widget's figures as a supervisor reads them. */
    private record Widget(int recorded, int conversations, int kept, int broken, Map<String, Integer> byStatus) {
    }

    private static Widget widget() {
        String text = text("plans-widget");
        Matcher rate = Pattern.compile("(\\d+) recorded / (\\d+) conversations")
                .matcher(text);
        Matcher kept = Pattern.compile("(\\d+) kept, (\\d+) broken").matcher(text);
        Matcher plans = Pattern.compile(
                "Plans now: (\\d+) current · (\\d+) late · (\\d+) defaulted · (\\d+) completed").matcher(text);
        assertThat(rate.find() && kept.find() && plans.find()).as(text).isTrue();
        return new Widget(Integer.parseInt(rate.group(1)), Integer.parseInt(rate.group(2)),
                Integer.parseInt(kept.group(1)), Integer.parseInt(kept.group(2)), Map.of(
                "current", Integer.parseInt(plans.group(1)), "late", Integer.parseInt(plans.group(2)),
                "defaulted", Integer.parseInt(plans.group(3)), "completed", Integer.parseInt(plans.group(4))));
    }

    private Optional<Record> pending(String paymentRef) {
        return dsl.fetchOptional("SELECT * FROM payment_plans_pending_payment WHERE payment_ref = ?", paymentRef);
    }

    /** A collector records a promise due today from the account's negotiation panel. */
    private void recordPromiseDueToday(long accountId, String amount) {
        openAs("collector");
        navigateTo("accounts/" + accountId);
        click("plan-record");
        choose("plan-kind", "Promise to pay");
        fill("plan-total", new BigDecimal(amount));
        fill("plan-first", today);
        click("plan-save");
        assertThat(notifications()).containsExactly("Recorded.");
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

    /** The active arrangement's instalments as the card shows them: number, due date, amount. */
    private static List<List<String>> schedule() {
        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("plan-instalments"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i).subList(0, 3))
                .toList();
    }

    /** A date as the plugin's screens write it. */
    private static String date(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.US).format(date);
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
