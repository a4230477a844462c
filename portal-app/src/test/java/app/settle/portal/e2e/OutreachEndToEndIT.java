package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.settle.portal.testing.TestPlugins;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped outreach plugin in the production jar, a real SMTP server (GreenMail in the test JVM) and a real
 * Chromium: a supervisor writes an email template (first without the required wording, which is refused), previews
 * it with a real account, and makes a days-past-due cadence whose step falls on that account's age today; the
 * cadence job sends the email, which arrives at the SMTP server and shows on the account's timeline and in its
 * Messages panel. Screenshots go to {@code target/screenshots}.
 */
class OutreachEndToEndIT extends AgainstRunningPortal {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeAll
    static void start() {
        MAIL.start();
        Path plugins = TestPlugins.folderWithShipped(Path.of(System.getProperty("settle.test.work", "target/it-work"),
                "outreach-e2e-plugins"), "outreach", "sms-demo");
        use(RunningPortal.start("outreach-e2e", plugins, "--settle.demo-portfolio.accounts=200",
                "--settle.plugins.outreach.job-interval-seconds=2",
                "--settle.plugins.outreach.job-initial-delay-seconds=2",
                "--settle.plugins.outreach.smtp-host=127.0.0.1",
                "--settle.plugins.outreach.smtp-port=" + MAIL.getSmtp().getPort(),
                "--settle.plugins.outreach.mail-from=collections@settle.test"));
        portal.awaitLog("Demo portfolio: history of", Duration.ofMinutes(3));
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @Test
    void aSupervisorWritesATemplateAndACadenceAndTheJobSendsTheEmail() {
        Page supervisor = signedIn("supervisor");
        Account account = accountWithEmailAndNoHold(supervisor);

        supervisor.locator("vaadin-side-nav").getByText("Message templates").click();
        supervisor.waitForURL("**/outreach/templates");
        supervisor.locator("#template-name input").fill("First reminder");
        supervisor.locator("#template-subject input").fill("Your account {{account.reference}}");
        supervisor.locator("#template-body textarea").fill("Dear {{debtor.first_name}}, please pay {{account.balance}}.");
        supervisor.locator("#template-body textarea").press("Tab");
        assertThat(supervisor.locator("#template-check")).containsText("Add the debt-collector disclosure");
        supervisor.locator("#template-save").click();
        assertThat(supervisor.getByText("Not done: Add the debt-collector disclosure")).isVisible();
        supervisor.locator("#template-body textarea").fill("Dear {{debtor.first_name}}, please pay"
                + " {{account.balance}} to {{account.creditor}}. This communication is from a debt collector."
                + "\nTo stop emails from us, use this link: {{opt_out_link}}");
        supervisor.locator("#template-body textarea").press("Tab");
        assertThat(supervisor.locator("#template-check")).hasText("Required wording: all present.");
        supervisor.locator("#template-save").click();
        assertThat(supervisor.getByText("Saved.")).isVisible();
        supervisor.locator("#template-preview-account input").fill(account.reference);
        supervisor.locator("#template-preview").click();
        assertThat(supervisor.locator("#template-preview-output")).containsText("To: " + account.email);
        E2eBrowser.screenshot(supervisor, "outreach-template");

        supervisor.locator("vaadin-side-nav").getByText("Cadences").click();
        supervisor.waitForURL("**/outreach/cadences");
        supervisor.locator("#cadence-name input").fill("Early reminders");
        fillNumber(supervisor.locator("#cadence-min-dpd input"), account.daysPastDue);
        fillNumber(supervisor.locator("#cadence-max-dpd input"), account.daysPastDue + 30);
        fillNumber(supervisor.locator("#cadence-step-day-1 input"), account.daysPastDue);
        supervisor.locator("#cadence-step-template-1 input").fill("First reminder");
        supervisor.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("First reminder"))
                .first().click();
        supervisor.locator("#cadence-save").click();
        assertThat(supervisor.getByText("Saved.")).isVisible();
        assertThat(supervisor.locator("#cadence-grid")).containsText("Early reminders");
        E2eBrowser.screenshot(supervisor, "outreach-cadence");

        // the job (every 2 s) enrols the account and sends the step due today
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        MimeMessage mail = null;
        while (mail == null && System.nanoTime() < until) {
            mail = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> GreenMailUtil.getAddressList(
                    recipients(m)).contains(account.email)).findFirst().orElse(null);
            sleep(500);
        }
        org.assertj.core.api.Assertions.assertThat(mail).as("email to " + account.email).isNotNull();
        org.assertj.core.api.Assertions.assertThat(GreenMailUtil.getBody(mail))
                .contains("This communication is from a debt collector", "/public/outreach/opt-out?t=");

        supervisor.navigate(account.url);
        Locator panel = supervisor.locator("#outreach-panel");
        assertThat(panel.locator("#outreach-panel-cadences")).hasText("In cadence: Early reminders.");
        assertThat(panel.locator("#outreach-messages")).containsText("Sent");
        // Playwright hands patterns to JavaScript, which knows no \Q…\E quoting: match plain text
        assertThat(supervisor.locator(".settle-timeline-title").filter(new Locator.FilterOptions().setHasText(
                "Email \"First reminder\" to " + account.email + ": sent")).first()).isVisible();
        panel.scrollIntoViewIfNeeded();
        E2eBrowser.screenshot(supervisor, "outreach-workspace");
    }

    private record Account(String url, String reference, String email, int daysPastDue) {
    }

    /** Opens accounts from the list until one has an email address and no hold. */
    private static Account accountWithEmailAndNoHold(Page page) {
        Pattern email = Pattern.compile("[a-z0-9._-]+@[a-z0-9.-]+\\.[a-z]+");
        for (int i = 0; i < 20; i++) {
            page.locator("vaadin-side-nav").getByText("Accounts").click();
            page.waitForURL("**/accounts");
            page.locator("vaadin-grid").getByText("$").nth(i).click();
            page.waitForURL("**/accounts/*");
            page.locator("#outreach-panel").waitFor();
            String text = page.locator("body").innerText();
            Matcher address = email.matcher(text);
            Matcher age = Pattern.compile("Days past due\\s+([\\d,]+)").matcher(text);
            if (text.contains("No holds:") && address.find() && age.find()) {
                String reference = page.locator("span").filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^Account \\S+ · "))).first().textContent().strip().split(" ")[1];
                return new Account(page.url(), reference, address.group(),
                        Integer.parseInt(age.group(1).replace(",", "")));
            }
        }
        throw new AssertionError("No account with an email address and no hold among the first twenty");
    }

    private static void fillNumber(Locator input, int value) {
        input.fill(Integer.toString(value));
        input.press("Tab");
    }

    private static jakarta.mail.Address[] recipients(MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
