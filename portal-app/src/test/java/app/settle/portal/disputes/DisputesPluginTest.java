package app.settle.portal.disputes;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.ACCOUNT_HOLD;
import static app.settle.api.db.Tables.BALANCE_ADJUSTMENT;
import static app.settle.api.db.Tables.TIMELINE_ENTRY;
import static app.settle.portal.disputes.DisputeScreens.choose;
import static app.settle.portal.disputes.DisputeScreens.click;
import static app.settle.portal.disputes.DisputeScreens.fill;
import static app.settle.portal.disputes.DisputeScreens.notifications;
import static app.settle.portal.disputes.DisputeScreens.openFromQueue;
import static app.settle.portal.disputes.DisputeScreens.present;
import static app.settle.portal.disputes.DisputeScreens.queueRows;
import static app.settle.portal.disputes.DisputeScreens.slaInQueue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.Role;
import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.compliance.Denial;
import app.settle.portal.audit.AuditRecord;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.security.TestLogins;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.testing.KaribuViewTest;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.NewUser;
import app.settle.portal.users.UserDirectory;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
 * The disputes plugin as shipped (its jar, loaded by the real plugin host), driven through its screens as
 * collectors, supervisors and administrators use them, with the database checked after each step: holds, balance,
 * timeline, audit, evidence on disk.
 */
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DisputesPluginTest extends KaribuViewTest {

    static final Path WORK = TestDatabase.workDir().resolve("disputes-ui-test");
    static final Path EVIDENCE = WORK.resolve("evidence");
    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

    @DynamicPropertySource
    static void shippedDisputesPlugin(DynamicPropertyRegistry registry) {
        TestPlugins.folderWithShipped(WORK.resolve("plugins"), "disputes");
        registry.add("settle.plugins.dir", () -> WORK.resolve("plugins").toString());
        registry.add("settle.plugins.data-dir", () -> WORK.resolve("plugin-data").toString());
        registry.add("settle.plugins.disputes.evidence-dir", EVIDENCE::toString);
        registry.add("settle.plugins.disputes.evidence-max-bytes", () -> "4096");
    }

    @Autowired
    DSLContext dsl;
    @Autowired
    UserDirectory users;
    @Autowired
    AuditTrail audit;
    @Autowired
    ComplianceGuard guard;

    CoreFixtures fixtures;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void fixtures() {
        fixtures = new CoreFixtures(dsl);
    }

    @Test
    void aWrittenDisputeInsideTheWindowHoldsCollectionUntilVerificationIsSent() throws IOException {
        String ref = ref();
        long accountId = account(ref, "1250.00", today.minusDays(10));
        openAs("collector");
        navigateTo("accounts/" + accountId);

        openDispute("Not my debt", null, "Written", today.minusDays(1), "I never had an account with this bank.");

        assertThat(notifications()).containsExactly("Dispute opened.");
        Record dispute = dispute(accountId);
        assertThat(dispute.get("status", String.class)).isEqualTo("OPEN");
        assertThat(dispute.get("disputed_amount", BigDecimal.class)).isEqualByComparingTo("1250.00");
        assertThat(dispute.get("within_window", Boolean.class)).isTrue();
        assertThat(dispute.get("due_on", LocalDate.class)).isEqualTo(today.minusDays(1).plusDays(30));
        assertThat(activeHoldReasons(accountId)).containsExactly("DISPUTE");
        assertThat(collectionDenials(accountId)).extracting(Denial::code).contains("HOLD_DISPUTE");
        assertThat(texts(Div.class, "disputes-panel")).contains("Collection on hold");
        assertThat(timeline(accountId)).contains("Dispute opened: Not my debt, whole debt $1,250.00",
                "Dispute hold placed");

        openAs("supervisor");
        navigateTo("disputes");
        openFromQueue(ref);
        click("dispute-resolve");
        choose("resolve-outcome", "Rejected: verification sent");
        fill("resolve-sent-on", today);
        choose("resolve-method", "Mail");
        fill("resolve-reason", "Signed agreement and statements from Test Bank <verified>");
        click("resolve-submit");

        assertThat(notifications()).containsExactly("Dispute resolved.");
        Record rejected = dispute(accountId);
        long disputeId = rejected.get("id", Long.class);
        assertThat(rejected.get("status", String.class)).isEqualTo("REJECTED");
        assertThat(rejected.get("verification_sent_on", LocalDate.class)).isEqualTo(today);
        assertThat(rejected.get("verification_method", String.class)).isEqualTo("MAIL");
        assertThat(activeHoldReasons(accountId)).isEmpty();
        assertThat(collectionDenials(accountId)).extracting(Denial::code).doesNotContain("HOLD_DISPUTE");
        assertThat(timeline(accountId)).contains("Dispute hold released").anySatisfy(title ->
                assertThat(title).startsWith("Dispute #" + disputeId + " rejected: verification sent by mail on"));
        assertThat(auditActions(disputeId)).containsExactly("DISPUTE_OPENED", "DISPUTE_REJECTED");

        String letter = new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("dispute-letter"))),
                StandardCharsets.UTF_8);
        assertThat(letter).contains("Dear Pat Doe", "account " + ref, "sent to you by mail",
                "Signed agreement and statements from Test Bank &lt;verified&gt;").doesNotContain("<verified>");
    }

    @Test
    void anOralDisputeAndAWrittenOneOutsideTheWindowFollowTheHoldPolicy() {
        long oralAccount = account(ref(), "900.00", today.minusDays(100));
        openAs("collector");
        navigateTo("accounts/" + oralAccount);

        openDispute("Already paid", "300.00", "Oral", today, null);

        Record oral = dispute(oralAccount);
        assertThat(oral.get("within_window", Boolean.class)).isFalse();
        assertThat(oral.get("window_ends_on", LocalDate.class)).isEqualTo(today.minusDays(100).plusDays(35));
        assertThat(activeHoldReasons(oralAccount)).as("held by the default policy").containsExactly("DISPUTE");
        assertThat(timelineDetails(oralAccount)).anySatisfy(detail ->
                assertThat(detail).contains("Oral dispute outside the validation window: collection is held by this portal's policy"));
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        long accountId = account(ref(), "500.00", today.minusDays(5));
        openAs("collector");
        navigateTo("accounts/" + accountId);

        openDispute("Wrong amount", "500.01", "Written", today, null);
        assertThat(notifications()).containsExactly("Not done: The disputed amount $500.01 is more than the balance of $500.00.");
        fill("dispute-amount", BigDecimal.ZERO);
        click("dispute-open-submit");
        assertThat(notifications()).containsExactly("Not done: The disputed amount must be more than zero.");
        fill("dispute-amount", new BigDecimal("120.00"));
        fill("dispute-received-on", today.plusDays(2));
        click("dispute-open-submit");
        assertThat(notifications()).singleElement().asString().startsWith("Not done: The received date").endsWith(
                "is in the future: enter the day the dispute reached us.");
        assertThat(dsl.fetchCount(DSL.table("disputes_dispute"), DSL.field("account_id").eq(accountId))).isZero();

        fill("dispute-received-on", today);
        click("dispute-open-submit");
        assertThat(notifications()).containsExactly("Dispute opened.");
        openDispute("Billing error", "120.00", "Written", today, null);
        assertThat(notifications()).singleElement().asString()
                .startsWith("Not done: This account already has an open dispute of the same amount, $120.00");
        assertThat(dsl.fetchCount(DSL.table("disputes_dispute"), DSL.field("account_id").eq(accountId))).isOne();
        assertThat(activeHoldReasons(accountId)).containsExactly("DISPUTE");

        openInQueue("admin", accountId);
        click("dispute-resolve");
        choose("resolve-outcome", "Withdrawn by the debtor");
        click("resolve-submit");
        assertThat(notifications()).singleElement().asString().startsWith("Not done: Give the reason for this resolution");
        assertThat(dispute(accountId).get("status", String.class)).isEqualTo("OPEN");
        fill("resolve-reason", "Debtor called back: the charge is right");
        click("resolve-submit");
        assertThat(dispute(accountId).get("status", String.class)).isEqualTo("WITHDRAWN");
        assertThat(activeHoldReasons(accountId)).isEmpty();
    }

    @Test
    void anUpheldDisputeUpToTheThresholdAdjustsTheBalanceAtOnce() {
        long accountId = account(ref(), "1250.00", today.minusDays(3));
        openAs("collector");
        navigateTo("accounts/" + accountId);
        openDispute("Wrong amount", "200.00", "Written", today, "The late fees were waived in March.");

        openInQueue("supervisor", accountId);
        resolveUpheld("Balance adjustment", "200.00", "Creditor confirmed the fees were waived");

        assertThat(notifications()).containsExactly("Resolution recorded.");
        assertThat(balance(accountId)).isEqualByComparingTo("1050.00");
        assertThat(dispute(accountId).get("status", String.class)).isEqualTo("UPHELD");
        assertThat(activeHoldReasons(accountId)).isEmpty();
        assertThat(dsl.fetchCount(BALANCE_ADJUSTMENT, BALANCE_ADJUSTMENT.ACCOUNT_ID.eq(accountId))).isOne();
        assertThat(timeline(accountId)).contains("Balance adjustment of $200.00: balance now $1,050.00");
    }

    @Test
    void anUpheldDisputeAboveTheThresholdWaitsForAnotherSupervisorOfTheTeam() {
        long accountId = account(ref(), "1250.00", today.minusDays(3));
        openAs("collector");
        navigateTo("accounts/" + accountId);
        openDispute("Identity theft", null, "Written", today, "Police report attached.");

        openInQueue("supervisor", accountId);
        resolveUpheld("Write-off", "1250.00", "Identity theft confirmed by police report");

        Record pending = dispute(accountId);
        assertThat(pending.get("status", String.class)).isEqualTo("PENDING_APPROVAL");
        assertThat(balance(accountId)).as("nothing moves before approval").isEqualByComparingTo("1250.00");
        assertThat(activeHoldReasons(accountId)).containsExactly("DISPUTE");
        assertThat(present("dispute-approve")).as("the requester may not approve").isFalse();

        openInQueue("admin", accountId);
        assertThat(present("dispute-approve")).as("administrators are not the team's supervisors").isFalse();

        String second = secondSupervisorOfBothTeams();
        openInQueue(second, accountId);
        click("dispute-refuse");
        fill("dispute-refuse-why", "Ask for the police report number first");
        click("dispute-refuse-submit");
        assertThat(dispute(accountId).get("status", String.class)).isEqualTo("INVESTIGATING");

        openInQueue("supervisor", accountId);
        resolveUpheld("Write-off", "1250.00", "Police report 2026-4411 confirms identity theft");

        openInQueue(second, accountId);
        click("dispute-approve");

        Record upheld = dispute(accountId);
        assertThat(upheld.get("status", String.class)).isEqualTo("UPHELD");
        assertThat(upheld.get("approved_by", String.class)).isEqualTo(second);
        assertThat(upheld.get("requested_by", String.class)).isEqualTo("supervisor");
        assertThat(balance(accountId)).isEqualByComparingTo("0");
        assertThat(dsl.select(ACCOUNT.STATUS).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchSingle().value1())
                .isEqualTo("WRITTEN_OFF");
        assertThat(activeHoldReasons(accountId)).isEmpty();
        assertThat(auditActions(upheld.get("id", Long.class))).containsExactly("DISPUTE_OPENED",
                "DISPUTE_APPROVAL_REQUESTED", "DISPUTE_APPROVAL_REFUSED", "DISPUTE_APPROVAL_REQUESTED", "DISPUTE_APPROVED");
    }

    @Test
    void evidenceIsCheckedByContentStoredUnderAGeneratedNameAndOnlyForUsersWhoMaySeeTheAccount() throws IOException {
        String ref = ref();
        long accountId = account(ref, "800.00", today.minusDays(3));
        openAs("collector");
        navigateTo("accounts/" + accountId);
        openDispute("Already paid", null, "Written", today, null);
        assertThat(notifications()).containsExactly("Dispute opened.");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("dispute-details")).click();

        UploadKt._upload(upload(), "../../receipt.pdf", "application/pdf", PDF.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(notifications()).containsExactly("Evidence added: receipt.pdf.");
        UploadKt._upload(upload(), "statement.pdf", "application/pdf", new byte[] {'P', 'K', 3, 4, 1, 2});
        assertThat(notifications()).singleElement().asString()
                .isEqualTo("Not done: This file is not a PDF, PNG, JPEG or plain text (TXT) file by its content: nothing was stored.");
        byte[] tooLarge = new byte[5000];
        Arrays.fill(tooLarge, (byte) 'a');
        UploadKt._upload(upload(), "notes.txt", "text/plain", tooLarge);
        assertThat(notifications()).singleElement().asString().startsWith("Not done: The file is larger than the limit of");

        long disputeId = dispute(accountId).get("id", Long.class);
        List<Record> stored = dsl.select().from(DSL.table("disputes_evidence"))
                .where(DSL.field("dispute_id").eq(disputeId)).fetch();
        assertThat(stored).hasSize(1);
        String storedName = stored.getFirst().get("stored_name", String.class);
        assertThat(storedName).matches("[0-9a-f-]{36}");
        try (Stream<Path> files = Files.list(EVIDENCE)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList()).contains(storedName)
                    .noneMatch(name -> name.contains("receipt"));
        }

        Anchor link = _get(Anchor.class, spec -> spec.withClasses("dispute-evidence-link"));
        assertThat(link.getText()).isEqualTo("receipt.pdf");
        assertThat(new String(DownloadKt._download(link), StandardCharsets.ISO_8859_1)).isEqualTo(PDF);

        String westCollector = userOf(Role.COLLECTOR, "West Coast Recovery");
        TestLogins.signIn(users, westCollector);
        assertThat(DownloadKt._download(link)).as("another team's collector gets nothing (403)").isEmpty();
        TestLogins.signIn(users, "trainer");
        assertThat(DownloadKt._download(link)).as("a role without access gets nothing (403)").isEmpty();
        TestLogins.signIn(users, "supervisor");
        assertThat(new String(DownloadKt._download(link), StandardCharsets.ISO_8859_1)).isEqualTo(PDF);

        openAs(westCollector);
        assertThatThrownBy(() -> navigateTo("accounts/" + accountId)).as("nor the account with its disputes")
                .hasMessageContaining("Account not found among the accounts you may see.");
        assertThat(_find(Div.class, spec -> spec.withId("disputes-panel"))).isEmpty();
    }

    @Test
    void theQueueHighlightsBreachedDisputesAndIsOnlyForHandlersAndTheWidgetCountsThem() {
        openAs("supervisor");
        int breachedBefore = widgetFigure("disputes-widget-breached");
        String ref = ref();
        long accountId = account(ref, "640.00", today.minusDays(80));
        openAs("collector");
        navigateTo("accounts/" + accountId);
        openDispute("Product or service", null, "Written", today.minusDays(40), "The service was never delivered.");
        assertThat(present("dispute-grid")).isFalse();
        navigateTo("disputes");
        assertThat(present("dispute-grid")).as("collectors work disputes in the account panel").isFalse();
        assertThat(_find(H3.class)).extracting(H3::getText).doesNotContain("Open disputes");

        openAs("supervisor");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Open disputes");
        assertThat(widgetFigure("disputes-widget-breached")).isEqualTo(breachedBefore + 1);
        navigateTo("disputes");
        choose("queue-sla", "SLA breached");
        assertThat(queueRows()).anySatisfy(row -> assertThat(row).startsWith(ref, "Pat Doe", "Product or service"));
        assertThat(slaInQueue(ref)).isEqualTo("SLA breached");
        choose("queue-sla", "Due soon");
        assertThat(queueRows()).noneSatisfy(row -> assertThat(row.getFirst()).isEqualTo(ref));
    }

    @Test
    void collectorsAddNotesButOnlyHandlersResolveAndAResolutionOfAChangedDisputeIsRefused() {
        long accountId = account(ref(), "700.00", today.minusDays(2));
        openAs("collector");
        navigateTo("accounts/" + accountId);
        openDispute("Billing error", "70.00", "Oral", today, null);
        assertThat(notifications()).containsExactly("Dispute opened.");
        _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("dispute-details")).click();

        assertThat(present("dispute-resolve")).isFalse();
        assertThat(present("dispute-assign")).isFalse();
        fill("dispute-note", "Debtor will send the invoice by email.");
        click("dispute-note-add");
        assertThat(notifications()).containsExactly("Note added.");
        assertThat(_get(Div.class, spec -> spec.withId("dispute-details")).getElement().getTextRecursively())
                .contains("Debtor will send the invoice by email.");
        long disputeId = dispute(accountId).get("id", Long.class);
        assertThat(dsl.fetchCount(DSL.table("disputes_note"), DSL.field("dispute_id").eq(disputeId))).isOne();

        openInQueue("supervisor", accountId);
        click("dispute-resolve");
        dsl.update(DSL.table("disputes_dispute"))
                .set(DSL.field("status", String.class), "WITHDRAWN")
                .set(DSL.field("version", Integer.class), DSL.field("version", Integer.class).plus(1))
                .where(DSL.field("id").eq(disputeId)).execute();
        choose("resolve-outcome", "Withdrawn by the debtor");
        fill("resolve-reason", "Debtor withdrew by phone");
        click("resolve-submit");

        assertThat(notifications()).containsExactly("Not done: This dispute is already withdrawn.");
        assertThat(auditActions(disputeId)).containsExactly("DISPUTE_OPENED");
    }

    // --- what the user does ------------------------------------------------------------------------------------

    private void openDispute(String reason, String amount, String via, LocalDate receivedOn, String statement) {
        if (!present("dispute-open-submit")) {
            click("dispute-open");
        }
        choose("dispute-reason", reason);
        choose("dispute-scope", amount == null ? "Whole debt (*" : "Part of the debt");
        if (amount != null) {
            fill("dispute-amount", new BigDecimal(amount));
        }
        choose("dispute-via", via);
        fill("dispute-received-on", receivedOn);
        if (statement != null) {
            fill("dispute-statement", statement);
        }
        click("dispute-open-submit");
    }

    private void openInQueue(String username, long accountId) {
        openAs(username);
        navigateTo("disputes");
        openFromQueue(accountRef(accountId));
    }

    private static void resolveUpheld(String kind, String amount, String reason) {
        click("dispute-resolve");
        choose("resolve-outcome", "Upheld: the debtor is right");
        choose("resolve-kind", kind);
        fill("resolve-amount", new BigDecimal(amount));
        fill("resolve-reason", reason);
        click("resolve-submit");
    }

    private static Upload upload() {
        return _get(Upload.class, spec -> spec.withId("dispute-upload"));
    }

    private int widgetFigure(String id) {
        navigateTo("");
        Div figure = _get(Div.class, spec -> spec.withId(id));
        return Integer.parseInt(_get(figure, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withClasses("settle-figure-value")).getText().replace(",", ""));
    }

    private static List<String> texts(Class<Div> type, String id) {
        return _find(_get(type, spec -> spec.withId(id)), com.vaadin.flow.component.html.Span.class).stream()
                .map(com.vaadin.flow.component.html.Span::getText).toList();
    }

    // --- what the database says --------------------------------------------------------------------------------

    private long account(String ref, String balance, LocalDate validationNotice) {
        long id = fixtures.account(ref).balance(balance).create().accountId();
        dsl.update(ACCOUNT).set(ACCOUNT.VALIDATION_NOTICE_DATE, validationNotice).where(ACCOUNT.ID.eq(id)).execute();
        return id;
    }

    private String accountRef(long accountId) {
        return dsl.select(ACCOUNT.EXTERNAL_REF).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchSingle().value1();
    }

    private BigDecimal balance(long accountId) {
        return dsl.select(ACCOUNT.CURRENT_BALANCE).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchSingle().value1();
    }

    private Record dispute(long accountId) {
        return dsl.select().from(DSL.table("disputes_dispute")).where(DSL.field("account_id").eq(accountId))
                .orderBy(DSL.field("id").desc()).limit(1).fetchSingle();
    }

    private List<String> activeHoldReasons(long accountId) {
        return dsl.select(ACCOUNT_HOLD.REASON).from(ACCOUNT_HOLD)
                .where(ACCOUNT_HOLD.ACCOUNT_ID.eq(accountId).and(ACCOUNT_HOLD.RELEASED_AT.isNull())).fetch(ACCOUNT_HOLD.REASON);
    }

    private List<Denial> collectionDenials(long accountId) {
        return guard.check(new ContactRequest(accountId, Channel.LETTER, null, ContactPurpose.COLLECTION, Instant.now()))
                .denials();
    }

    private List<String> timeline(long accountId) {
        return dsl.select(TIMELINE_ENTRY.TITLE).from(TIMELINE_ENTRY).where(TIMELINE_ENTRY.ACCOUNT_ID.eq(accountId))
                .orderBy(TIMELINE_ENTRY.ID).fetch(TIMELINE_ENTRY.TITLE);
    }

    private List<String> timelineDetails(long accountId) {
        return dsl.select(TIMELINE_ENTRY.DETAIL).from(TIMELINE_ENTRY).where(TIMELINE_ENTRY.ACCOUNT_ID.eq(accountId)
                .and(TIMELINE_ENTRY.DETAIL.isNotNull())).fetch(TIMELINE_ENTRY.DETAIL);
    }

    private List<String> auditActions(long disputeId) {
        return audit.forEntity("disputes_dispute", Long.toString(disputeId), 20).stream()
                .map(AuditRecord::action).toList().reversed();
    }

    private String secondSupervisorOfBothTeams() {
        String name = "sam-" + System.nanoTime() % 1_000_000;
        users.createUser(new NewUser(name, "Sam Second", "second-supervisor", Role.SUPERVISOR,
                Set.of(fixtures.teamId("East Coast Recovery"), fixtures.teamId("West Coast Recovery"))), "test");
        return name;
    }

    private String userOf(Role role, String team) {
        String name = role.name().toLowerCase() + "-" + System.nanoTime() % 1_000_000;
        users.createUser(new NewUser(name, "Other " + role.label(), "other-user-pass", role,
                Set.of(fixtures.teamId(team))), "test");
        return name;
    }

    private static String ref() {
        return DomainTestRefs.next();
    }

    /** Unique account references across the tests of this class. */
    private static final class DomainTestRefs {
        private static int counter;

        static synchronized String next() {
            return "DSP-" + System.nanoTime() % 1_000_000_000L + "-" + (++counter);
        }
    }
}
