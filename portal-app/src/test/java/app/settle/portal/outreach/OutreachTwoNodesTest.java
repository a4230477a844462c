package app.settle.portal.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.SettleApplication;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.TestDatabase;
import app.settle.portal.testing.TestDatabaseInitializer;
import app.settle.portal.testing.TestPlugins;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two portal nodes on one database, each with the outreach and demo SMS plugins loaded from the same plugins folder
 * and the cadence job ticking every second: every due step goes out exactly once (one email per address at the SMTP
 * server, one line per key in the SMS outbox, one contact logged per message), whichever node sends it.
 */
@SpringBootTest(properties = "settle.demo-data=true")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class OutreachTwoNodesTest {

    static final Path WORK = TestDatabase.workDir().resolve("outreach-two-nodes");
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final int ACCOUNTS = 25;

    @DynamicPropertySource
    static void plugins(DynamicPropertyRegistry registry) {
        MAIL.start();
        OutreachFixtures.deleteTree(WORK.resolve("plugin-data")); // a fresh database each run: fresh files too
        TestPlugins.folderWithShipped(WORK.resolve("plugins"), "outreach", "sms-demo");
        nodeSettings().forEach((key, value) -> registry.add(key, () -> value));
    }

    static Map<String, String> nodeSettings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("settle.plugins.dir", WORK.resolve("plugins").toString());
        settings.put("settle.plugins.data-dir", WORK.resolve("plugin-data").toString());
        settings.put("settle.plugins.outreach.job-initial-delay-seconds", "1");
        settings.put("settle.plugins.outreach.job-interval-seconds", "1");
        settings.put("settle.plugins.outreach.smtp-host", "127.0.0.1");
        settings.put("settle.plugins.outreach.smtp-port", Integer.toString(MAIL.getSmtp().getPort()));
        settings.put("settle.plugins.outreach.mail-from", "collections@settle.test");
        return settings;
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Autowired
    DSLContext dsl;
    @Autowired
    Environment environment;

    @Test
    void twoNodesSendEveryDueStepOnce() throws Exception {
        Map<String, Object> second = new HashMap<>(nodeSettings());
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
            second.put(key, environment.getProperty(key));
        }
        second.put("settle.database.embedded", "false");
        second.put("settle.demo-data", "false");
        second.put("server.port", "0");
        second.put("vaadin.productionMode", "true");
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(SettleApplication.class)
                .properties(second).run()) {
            assertThat(nodeB.isRunning()).isTrue();
            CoreFixtures core = new CoreFixtures(dsl);
            OutreachFixtures outreach = new OutreachFixtures(dsl);
            LocalDate day30 = LocalDate.now(ZoneOffset.UTC).minusDays(30);
            List<Long> accounts = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                String ref = "TWO-" + i;
                accounts.add(core.account(ref).delinquentSince(day30).email("two" + i + "@example.com")
                        .phone(String.format("646555%04d", i)).create().accountId());
            }
            long email = outreach.template("Two nodes email", "EMAIL", "Hello", OutreachFixtures.EMAIL_BODY, false);
            long sms = outreach.template("Two nodes text", "SMS", null, OutreachFixtures.SMS_BODY, false);
            outreach.onlyCadence("Two nodes", "DPD", 30, 60, false, Map.of(email, 30, sms, 30));

            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (sent() < 2L * ACCOUNTS && System.nanoTime() < until) {
                Thread.sleep(250);
            }
            Thread.sleep(3000); // both nodes keep ticking: nothing more goes out
            assertThat(sent()).isEqualTo(2L * ACCOUNTS);
            assertThat(dsl.fetchCount(dsl.selectFrom("outreach_message"))).isEqualTo(2 * ACCOUNTS);

            Map<String, Long> mails = Arrays.stream(MAIL.getReceivedMessages())
                    .flatMap(m -> Arrays.stream(recipients(m))).map(Address::toString)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            for (int i = 0; i < ACCOUNTS; i++) {
                assertThat(mails.get("two" + i + "@example.com")).as("emails to two" + i).isEqualTo(1L);
            }
            Map<String, Long> texts = Files.readAllLines(WORK.resolve("plugin-data/sms-demo/outbox.txt")).stream()
                    .map(line -> line.split("\t")[1])
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(texts).hasSize(ACCOUNTS).allSatisfy((key, count) -> assertThat(count).isEqualTo(1L));
            assertThat(dsl.fetchCount(dsl.selectFrom("contact_attempt").where("outcome = 'SENT'")))
                    .isEqualTo(2 * ACCOUNTS);
            for (long account : accounts) {
                assertThat(dsl.fetchCount(dsl.selectFrom("timeline_entry")
                        .where("account_id = ? AND kind = 'OUTREACH'", account))).isEqualTo(2);
            }
        }
    }

    private long sent() {
        return dsl.fetchCount(dsl.selectFrom("outreach_message").where("status = 'SENT'"));
    }

    private static Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
