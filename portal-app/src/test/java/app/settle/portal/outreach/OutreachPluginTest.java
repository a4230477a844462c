package app.settle.portal.outreach;

import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.portal.jooq.Tables.AUDIT_EVENT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.core.AccountEvent;
import app.settle.api.core.HoldReason;
import app.settle.api.core.Money;
import app.settle.portal.events.HostEventBus;
import app.settle.portal.holds.HoldService;
import app.settle.portal.payments.IncomingPayment;
import app.settle.portal.payments.PaymentKind;
import app.settle.portal.payments.PaymentPosting;
import app.settle.portal.plugins.PluginHost;
import app.settle.portal.security.TestLogins;
import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.KaribuViewTest;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.UserDirectory;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outreach and demo SMS plugins as shipped (their jars, loaded through the real plugin host), with a real SMTP
 * server (GreenMail) on a free port and the cadence job running every second under its job lock. A movable host
 * clock stands in for the passing days. Every test switches off the other tests' cadences and uses accounts and
 * addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"settle.demo-data=true", "vaadin.productionMode=true"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class OutreachPluginTest extends KaribuViewTest {

    static final Path WORK = TestDatabase.workDir().resolve("outreach-test");
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final MovableClock CLOCK = new MovableClock();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        java.time.Clock testClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void plugins(DynamicPropertyRegistry registry) {
        MAIL.start();
        OutreachFixtures.deleteTree(WORK.resolve("plugin-data")); // a fresh database each run: fresh files too
        TestPlugins.folderWithShipped(WORK.resolve("plugins"), "outreach", "sms-demo");
        registry.add("settle.plugins.dir", () -> WORK.resolve("plugins").toString());
        registry.add("settle.plugins.data-dir", () -> WORK.resolve("plugin-data").toString());
        registry.add("settle.plugins.outreach.job-initial-delay-seconds", () -> "1");
        registry.add("settle.plugins.outreach.job-interval-seconds", () -> "1");
        registry.add("settle.plugins.outreach.smtp-host", () -> "127.0.0.1");
        registry.add("settle.plugins.outreach.smtp-port", () -> Integer.toString(MAIL.getSmtp().getPort()));
        registry.add("settle.plugins.outreach.mail-from", () -> "collections@settle.test");
        registry.add("settle.plugins.outreach.public-url", () -> "http://127.0.0.1:${local.server.port}");
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Autowired
    DSLContext dsl;
    @Autowired
    UserDirectory users;
    @Autowired
    HostEventBus events;
    @Autowired
    HoldService holds;
    @Autowired
    PaymentPosting posting;
    @Autowired
    PluginHost pluginHost;
    @LocalServerPort
    int port;

    CoreFixtures core;
    OutreachFixtures outreach;

    @BeforeEach
    void fixtures() {
        core = new CoreFixtures(dsl);
        outreach = new OutreachFixtures(dsl);
        dsl.execute("UPDATE outreach_cadence SET enabled = FALSE");
    }

    @Test
    void supervisorsWriteTemplatesWithTheRequiredWordingPreviewThemAndKeepVersions() {
        String ref = ref();
        core.account(ref).name("Robin", "Park").balance("1250.00").email(ref + "@example.com").create();
        openAs("supervisor");
        navigateTo("outreach/templates");
        String name = "Reminder " + ref;
        fill("template-name", name);
        fill("template-subject", "About your account {{account.reference}}");
        fill("template-body", "Dear {{debtor.first_name}}, please pay {{account.balance}}.");
        assertThat(text("template-check")).contains("Add the debt-collector disclosure",
                "Every email must say how to opt out");
        click("template-save");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .singleElement().asString().startsWith("Not done: Add the debt-collector disclosure");
        assertThat(dsl.fetchCount(dsl.selectFrom("outreach_template").where("name = ?", name))).isZero();

        fill("template-body", OutreachFixtures.EMAIL_BODY);
        assertThat(text("template-check")).isEqualTo("Required wording: all present.");
        click("template-save");
        fill("template-preview-account", ref);
        click("template-preview");
        assertThat(text("template-preview-output")).contains("To: " + ref + "@example.com",
                "Subject: About your account " + ref, "Dear Robin, your balance with Test Bank N.A. is $1,250.00",
                "[opt-out link, made when the email is sent]", "It could be sent to this account now.");

        fill("template-body", OutreachFixtures.EMAIL_BODY + " We may take legal action.");
        assertThat(text("template-check")).contains("Mentions legal action (legal action)");
        click("template-save");
        assertThat(GridKt._size(grid("template-versions"))).isEqualTo(2);
        assertThat(dsl.fetch("SELECT v.version_no, v.mentions_legal FROM outreach_template_version v JOIN"
                        + " outreach_template t ON t.id = v.template_id WHERE t.name = ? ORDER BY v.version_no", name)
                .map(r -> r.get(0) + ":" + r.get(1))).containsExactly("1:false", "2:true");
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SOURCE.eq("outreach"))
                .fetch(AUDIT_EVENT.ACTION)).contains("TEMPLATE_CREATED", "TEMPLATE_REVISED");

        openAs("collector");
        navigateTo("outreach/templates");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void aDueEmailGoesOutOnceThroughSmtpIsOnTheTimelineAndItsLinkOptsTheAddressOut() throws Exception {
        String ref = ref();
        String address = ref + "@example.com";
        long account = core.account(ref).name("Pat", "Lee").delinquentSince(CLOCK.today().minusDays(30))
                .email(address).create().accountId();
        long template = outreach.template("Day 30 " + ref, "EMAIL", "Your account {{account.reference}}",
                OutreachFixtures.EMAIL_BODY, false);
        outreach.onlyCadence("Early " + ref, "DPD", 30, 60, true, Map.of(template, 30));

        await(() -> status(account).equals(List.of("SENT")));
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Your account " + ref);
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Dear Pat, your balance with Test Bank N.A. is $1,250.00",
                "This communication is from a debt collector");
        Record message = outreach.messages(account).getFirst();
        assertThat(mail.getMessageID()).isEqualTo("<" + message.get("message_key") + "@settle.outreach>");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/public/outreach/opt-out?t=");
        assertThat(outreach.timeline(account)).contains("CONTACT Email " + address + ": Sent")
                .anyMatch(t -> t.startsWith("OUTREACH Email \"Day 30 " + ref + "\" to " + address + ": sent"));
        assertThat(dsl.fetchCount(CONTACT_ATTEMPT, CONTACT_ATTEMPT.ACCOUNT_ID.eq(account)
                .and(CONTACT_ATTEMPT.OUTCOME.eq("SENT")))).isEqualTo(1);

        Thread.sleep(2500); // more job runs: nothing is sent again
        assertThat(mailsTo(address)).hasSize(1);

        String link = optOutLink(body);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Stop emails?", ref.charAt(0) + "•••@example.com").doesNotContain(address);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(optedOut(address)).isFalse(); // a GET (a mail scanner) changes nothing

        String token = link.substring(link.indexOf("t=") + 2);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(link.substring(0, link.indexOf('?'))))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("t=" + token)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("You have opted out");
        assertThat(optedOut(address)).isTrue();
        assertThat(outreach.timeline(account)).contains("OPT_OUT Opted out of email at " + address
                + " (opt-out link)");

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(link.substring(0,
                link.indexOf("t=") + 2) + "A".repeat(43))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.body()).contains("not valid").doesNotContain(address);

        // from now on the guard refuses email to that address, by hand too
        openAs("collector");
        navigateTo("accounts/" + account);
        assertThat(text("outreach-panel-cadences")).isEqualTo("In cadence: Early " + ref + ".");
        click("outreach-send");
        @SuppressWarnings("unchecked")
        ComboBox<Object> choice = (ComboBox<Object>) _get(ComboBox.class, spec -> spec.withId("outreach-send-template"));
        choice.setValue(choice.getListDataView().getItems().filter(t -> t.toString().contains("Day 30 " + ref))
                .findFirst().orElseThrow());
        assertThat(text("outreach-send-preview")).contains("It may not be sent now:", address + " opted out of email");
        assertThat(_get(Button.class, spec -> spec.withId("outreach-send-confirm")).isEnabled()).isFalse();
    }

    @Test
    void theGuardRefusesWhatItMustAndTheHourWaits() throws Exception {
        String ref = ref();
        LocalDate day30 = CLOCK.today().minusDays(30);
        long cease = core.account(ref + "-C").delinquentSince(day30).email(ref + "c@example.com").create().accountId();
        long lawyer = core.account(ref + "-A").delinquentSince(day30).email(ref + "a@example.com").create().accountId();
        long bankrupt = core.account(ref + "-B").delinquentSince(day30).email(ref + "b@example.com").create()
                .accountId();
        long held = core.account(ref + "-H").delinquentSince(day30).email(ref + "h@example.com").create().accountId();
        long night = core.account(ref + "-N").zone("Asia/Tokyo").delinquentSince(day30).email(ref + "n@example.com")
                .create().accountId();
        long barred = core.account(ref + "-T").delinquentSince(day30).statute(CLOCK.today().minusYears(1))
                .email(ref + "t@example.com").create().accountId();
        flag(cease, "cease_communication");
        flag(lawyer, "attorney_represented");
        flag(bankrupt, "bankruptcy");
        TestLogins.signIn(users, "admin");
        holds.place(held, HoldReason.MANUAL, "Customer complaint under review", "host");
        TestLogins.signOut();
        long legal = outreach.template("Final notice " + ref, "EMAIL", "Final notice", OutreachFixtures.EMAIL_BODY
                + " Otherwise we may file a lawsuit.", true);
        outreach.onlyCadence("Final " + ref, "DPD", 30, 60, false, Map.of(legal, 30));

        await(() -> Stream.of(cease, lawyer, bankrupt, held, barred).allMatch(a -> status(a).equals(List.of("BLOCKED")))
                && status(night).equals(List.of("QUEUED")) && detail(night) != null);
        assertThat(detail(cease)).contains("asked us to stop communicating");
        assertThat(detail(lawyer)).contains("represented by an attorney");
        assertThat(detail(bankrupt)).contains("bankruptcy");
        assertThat(detail(held)).contains("manual hold blocks contact");
        assertThat(detail(barred)).contains("time-barred", "1006.26(b)");
        assertThat(detail(night)).contains("08:00");
        LocalDateTime notBefore = outreach.messages(night).getFirst().get("not_before", LocalDateTime.class);
        assertThat(notBefore.atZone(ZoneOffset.UTC).withZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo"))
                .toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));
        assertThat(outreach.timeline(cease)).anyMatch(t -> t.startsWith("OUTREACH Email \"Final notice " + ref
                + "\" not sent"));
        assertThat(Stream.of("c", "a", "b", "h", "n", "t").flatMap(s -> mailsTo(ref + s + "@example.com").stream()))
                .isEmpty();
    }

    @Test
    void accountsEnterAndLeaveCadencesAsTheirStateChanges() throws Exception {
        String ref = ref();
        LocalDate today = CLOCK.today();
        long inRange = core.account(ref + "-IN").delinquentSince(today.minusDays(20)).phone(phone()).create()
                .accountId();
        long tooEarly = core.account(ref + "-EARLY").delinquentSince(today.minusDays(5)).phone(phone()).create()
                .accountId();
        long payer = core.account(ref + "-PAY").delinquentSince(today.minusDays(20)).phone(phone()).create()
                .accountId();
        long sms = outreach.template("Text " + ref, "SMS", null, OutreachFixtures.SMS_BODY, false);
        long cadence = outreach.onlyCadence("Middle " + ref, "DPD", 10, 40, true, Map.of(sms, 35));
        await(() -> active(inRange) && active(payer));
        assertThat(outreach.enrolments(tooEarly)).isEmpty();

        post(ref + "-P1", ref + "-PAY", "50.00");
        await(() -> leftBecause(payer, "PAID"));

        CLOCK.advance(Duration.ofDays(15)); // day 35: the text goes out; the early one is at day 20 and enters
        await(() -> status(inRange).equals(List.of("SENT")) && active(tooEarly));
        String outbox = Files.readString(WORK.resolve("plugin-data/sms-demo/outbox.txt"));
        assertThat(outbox).contains(outreach.messages(inRange).getFirst().get("message_key", String.class));
        assertThat(outreach.messages(payer)).isEmpty();

        CLOCK.advance(Duration.ofDays(10)); // day 45: out of range
        await(() -> leftBecause(inRange, "OUT_OF_RANGE"));
        assertThat(active(tooEarly)).isTrue(); // now at day 30
        assertThat(outreach.enrolments(inRange)).singleElement()
                .satisfies(e -> assertThat(e.get("cadence_id", Long.class)).isEqualTo(cadence));

        // an event cadence: three days before a promised payment is due
        long promiser = core.account(ref + "-PTP").delinquentSince(CLOCK.today().minusDays(400)).phone(phone())
                .create().accountId();
        long reminder = outreach.template("Due soon " + ref, "SMS", null, "Your payment of {{account.balance}} is"
                + " due soon. This is a debt collector. Reply STOP to opt out.", false);
        outreach.onlyCadence("Due soon " + ref, "PAYMENT_DUE", null, null, true, Map.of(reminder, -3));
        LocalDate due = CLOCK.today().plusDays(5);
        events.publish(new AccountEvent.PromiseMade(promiser, "plan-" + ref, Money.of("100.00", "USD"), due,
                "payment-plans"));
        events.publish(new AccountEvent.PromiseMade(promiser, "plan-" + ref, Money.of("100.00", "USD"), due,
                "payment-plans")); // heard twice: enrolled once
        assertThat(outreach.enrolments(promiser)).singleElement()
                .satisfies(e -> assertThat(e.get("anchor_date", LocalDate.class)).isEqualTo(due));
        Thread.sleep(2000);
        assertThat(outreach.messages(promiser)).isEmpty();
        CLOCK.advance(Duration.ofDays(2));
        await(() -> status(promiser).equals(List.of("SENT")) && leftBecause(promiser, "COMPLETED"));
    }

    @Test
    void anInterruptedSendIsSettledNotRepeatedAndARestartSendsNothingTwice() throws Exception {
        String ref = ref();
        String number = phone();
        long account = core.account(ref).delinquentSince(CLOCK.today().minusDays(100)).phone(number)
                .email(ref + "@example.com").create().accountId();
        long sms = outreach.template("Text " + ref, "SMS", null, OutreachFixtures.SMS_BODY, false);
        long email = outreach.template("Mail " + ref, "EMAIL", "Hello", OutreachFixtures.EMAIL_BODY, false);
        // two sends a node began before it died: the text reached the provider, the email we cannot know about
        Path outbox = WORK.resolve("plugin-data/sms-demo/outbox.txt");
        Files.createDirectories(outbox.getParent());
        Files.writeString(outbox, "2026-01-01T00:00:00Z\tcrash-sms-" + ref + "\t" + number + "\tHello\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        sending(account, sms, "SMS", "crash-sms-" + ref, number);
        sending(account, email, "EMAIL", "crash-mail-" + ref, ref + "@example.com");
        await(() -> status(account).equals(List.of("SENT", "UNKNOWN")));
        assertThat(outreach.timeline(account)).contains("OUTREACH Text message to " + number
                        + ": sent (confirmed after an interruption)",
                "OUTREACH Email to " + ref + "@example.com: delivery unknown");
        assertThat(mailsTo(ref + "@example.com")).isEmpty();
        assertThat(Files.readAllLines(outbox)).filteredOn(l -> l.contains("crash-sms-" + ref)).hasSize(1);

        // restart the plugin while a cadence is due: the step goes out once
        outreach.onlyCadence("Late " + ref, "DPD", 90, 120, false, Map.of(sms, 100));
        TestLogins.signIn(users, "admin");
        pluginHost.disable("outreach");
        pluginHost.enable("outreach");
        TestLogins.signOut();
        await(() -> status(account).equals(List.of("SENT", "UNKNOWN", "SENT")));
        String key = outreach.messages(account).getLast().get("message_key", String.class);
        TestLogins.signIn(users, "admin");
        pluginHost.disable("outreach");
        pluginHost.enable("outreach");
        TestLogins.signOut();
        Thread.sleep(2500);
        assertThat(Files.readAllLines(outbox)).filteredOn(l -> l.contains("\t" + key + "\t")).hasSize(1);
        assertThat(status(account)).containsExactly("SENT", "UNKNOWN", "SENT");
    }

    @Test
    void aReplyOfStopOptsTheNumberOutAndLettersArePrintedAsPdf() throws Exception {
        String ref = ref();
        String number = phone();
        long account = core.account(ref).delinquentSince(CLOCK.today().minusDays(70)).phone(number).create()
                .accountId();
        dsl.insertInto(CONTACT_POINT).set(CONTACT_POINT.DEBTOR_ID, debtorOf(account)).set(CONTACT_POINT.KIND, "ADDRESS")
                .set(CONTACT_POINT.VALUE, "12 Elm Street").set(CONTACT_POINT.CITY, "Albany")
                .set(CONTACT_POINT.STATE, "NY").set(CONTACT_POINT.POSTAL_CODE, "12207")
                .set(CONTACT_POINT.CREATED_AT, LocalDateTime.now(ZoneOffset.UTC)).execute();
        Path inbox = WORK.resolve("plugin-data/sms-demo/inbox.txt");
        Files.createDirectories(inbox.getParent());
        Files.writeString(inbox, "+1 (" + number.substring(0, 3) + ") " + number.substring(3, 6) + "-"
                + number.substring(6) + "\tStop\n");
        await(() -> optedOut(number));
        assertThat(outreach.timeline(account)).anyMatch(t -> t.startsWith("OPT_OUT Opted out of text messages")
                && t.endsWith("(replied Stop)"));

        long sms = outreach.template("Text " + ref, "SMS", null, OutreachFixtures.SMS_BODY, false);
        long letter = outreach.template("Letter " + ref, "LETTER", "Balance reminder", "Dear {{debtor.name}},\n"
                + "Your balance is {{account.balance}}. This communication is from a debt collector.", false);
        outreach.onlyCadence("Letters and texts " + ref, "DPD", 60, 90, false, Map.of(letter, 70, sms, 70));
        await(() -> status(account).size() == 2 && !status(account).contains("QUEUED")
                && !status(account).contains("SENDING"));
        Map<String, String> byChannel = new java.util.HashMap<>();
        outreach.messages(account).forEach(m -> byChannel.put(m.get("channel", String.class),
                m.get("status", String.class) + " " + m.get("status_detail", String.class)));
        assertThat(byChannel.get("SMS")).startsWith("BLOCKED").contains("opted out of text message");
        assertThat(byChannel.get("LETTER")).startsWith("SENT").contains("Ready to print: letters/");
        Path pdf = WORK.resolve("plugin-data/outreach/letters/" + CLOCK.today()).resolve(
                outreach.messages(account).stream().filter(m -> "LETTER".equals(m.get("channel")))
                        .findFirst().orElseThrow().get("message_key", String.class) + ".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aCollectorSendsATemplateByHandAndABrokenPromiseStartsItsCadence() throws Exception {
        String ref = ref();
        String number = phone();
        long account = core.account(ref).delinquentSince(CLOCK.today().minusDays(50)).phone(number).create()
                .accountId();
        long sms = outreach.template("By hand " + ref, "SMS", null, OutreachFixtures.SMS_BODY, false);
        openAs("collector");
        navigateTo("accounts/" + account);
        click("outreach-send");
        @SuppressWarnings("unchecked")
        ComboBox<Object> choice = (ComboBox<Object>) _get(ComboBox.class, spec -> spec.withId("outreach-send-template"));
        choice.setValue(choice.getListDataView().getItems().filter(t -> t.toString().contains("By hand " + ref))
                .findFirst().orElseThrow());
        assertThat(text("outreach-send-preview")).contains("To: " + number, "$1,250.00 is past due")
                .doesNotContain("It may not be sent now");
        click("outreach-send-confirm");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Sent: Written to outbox.txt");
        Record message = outreach.messages(account).getFirst();
        assertThat(message.get("status", String.class)).isEqualTo("SENT");
        assertThat(message.get("created_by", String.class)).isEqualTo("collector");
        assertThat(Files.readString(WORK.resolve("plugin-data/sms-demo/outbox.txt")))
                .contains("\t" + message.get("message_key", String.class) + "\t" + number + "\t");
        assertThat(dsl.fetch("SELECT user_name FROM contact_attempt WHERE account_id = ?", account)
                .map(r -> r.get(0, String.class))).containsExactly("collector");
        assertThat(dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_ID.eq(message.get("id", Long.class).toString()))
                .fetch(AUDIT_EVENT.ACTION)).contains("MESSAGE_SENT_BY_HAND");

        outreach.onlyCadence("Broken " + ref, "PROMISE_BROKEN", null, null, true, Map.of(sms, 0));
        events.publish(new AccountEvent.PromiseBroken(account, Money.of("75.00", "USD"), CLOCK.today().minusDays(4),
                "payment-plans"));
        await(() -> status(account).equals(List.of("SENT", "SENT")) && leftBecause(account, "COMPLETED"));
        assertThat(outreach.messages(account).getLast().get("created_by", String.class)).isEqualTo("cadence");
    }

    // ---- helpers

    private void sending(long account, long template, String channel, String key, String address) {
        LocalDateTime longAgo = LocalDateTime.ofInstant(CLOCK.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        dsl.execute("INSERT INTO outreach_message (message_key, account_id, template_id, channel, address, status,"
                + " not_before, claimed_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, 'SENDING', ?, ?, 'cadence',"
                + " ?)", key, account, template, channel, address, longAgo, longAgo, longAgo);
    }

    private void post(String paymentRef, String accountRef, String amount) {
        TestLogins.signIn(users, "admin");
        posting.post(new IncomingPayment(paymentRef, "TESTBANK", accountRef, PaymentKind.PAYMENT, null,
                new BigDecimal(amount), "USD", CLOCK.today(), "ACH"), null, "admin");
        TestLogins.signOut();
    }

    private List<String> status(long account) {
        return outreach.messages(account).stream().map(m -> m.get("status", String.class)).toList();
    }

    private String detail(long account) {
        return outreach.messages(account).getFirst().get("status_detail", String.class);
    }

    private boolean active(long account) {
        return outreach.enrolments(account).stream().anyMatch(e -> e.get("active_key") != null);
    }

    private boolean leftBecause(long account, String reason) {
        return outreach.enrolments(account).stream().anyMatch(e -> reason.equals(e.get("left_reason")));
    }

    private void flag(long account, String column) {
        dsl.execute("UPDATE debtor SET " + column + " = TRUE WHERE id = ?", debtorOf(account));
    }

    private long debtorOf(long account) {
        return dsl.fetchSingle("SELECT debtor_id FROM account WHERE id = ?", account).get(0, Long.class);
    }

    private boolean optedOut(String value) {
        return dsl.fetchExists(dsl.selectFrom(CONTACT_POINT).where(CONTACT_POINT.VALUE.eq(value),
                CONTACT_POINT.OPTED_OUT_AT.isNotNull()));
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String optOutLink(String body) {
        Matcher matcher = Pattern.compile("http://\\S+/public/outreach/opt-out\\?t=[A-Za-z0-9_-]{43}").matcher(body);
        assertThat(matcher.find()).as("opt-out link in " + body).isTrue();
        return matcher.group();
    }

    private static String ref() {
        return "OUT" + System.nanoTime() % 100_000_000 + COUNTER.incrementAndGet();
    }

    private static String phone() {
        return "212" + String.format("%07d", (System.nanoTime() / 1000 + COUNTER.incrementAndGet()) % 10_000_000);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not reached within 30 seconds");
            }
            Thread.sleep(200);
        }
    }

    private static void fill(String id, String value) {
        @SuppressWarnings("unchecked")
        HasValue<?, String> field = (HasValue<?, String>) _get(Component.class, spec -> spec.withId(id));
        field.setValue(value);
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}
