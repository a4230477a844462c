package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.settle.portal.testing.TestPlugins;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped disputes plugin in the production jar and a real Chromium: a collector opens a dispute from an
 * account (collection goes on hold), a supervisor finds it in the dispute queue and rejects it with verification
 * sent (the hold is released, the letter is offered), and the Home widget counts disputes. Screenshots of the
 * dialog, the account panel, the queue, the details and the widget go to {@code target/screenshots}.
 */
class DisputesEndToEndIT extends AgainstRunningPortal {

    @BeforeAll
    static void start() {
        Path plugins = TestPlugins.folderWithShipped(
                Path.of(System.getProperty("settle.test.work", "target/it-work"), "disputes-e2e-plugins"), "disputes");
        use(RunningPortal.start("disputes-e2e", plugins, "--settle.demo-portfolio.accounts=200"));
        portal.awaitLog("Demo portfolio: history of", Duration.ofMinutes(3));
    }

    @Test
    void aDisputeFromOpeningToResolution() {
        Page collector = signedIn("collector");
        collector.locator("vaadin-side-nav").getByText("Accounts").click();
        collector.waitForURL("**/accounts");
        collector.locator("vaadin-grid").getByText("$").first().click();
        collector.waitForURL("**/accounts/*");
        String accountUrl = collector.url();
        Locator panel = collector.locator("#disputes-panel");
        assertThat(panel).isVisible();

        panel.getByText("Open dispute").click();
        assertThat(collector.locator("#dispute-reason")).isVisible();
        assertThat(collector.getByText("Open a dispute").first()).isVisible();
        E2eBrowser.screenshot(collector, "disputes-open-dialog-empty");
        collector.locator("#dispute-reason input").fill("Wrong amount");
        collector.keyboard().press("Enter");
        press(collector.locator("#dispute-scope vaadin-radio-button").nth(1).locator("input"), "Space");
        collector.locator("#dispute-amount input").fill("25.00");
        collector.locator("#dispute-statement textarea").fill("The late fee of $25 was waived by the bank in March.");
        assertThat(collector.locator("#dispute-outlook")).containsText("Response due");
        E2eBrowser.screenshot(collector, "disputes-open-dialog");
        press(collector.locator("#dispute-open-submit"), "Enter");

        assertThat(collector.getByText("Dispute opened.")).isVisible();
        assertThat(collector.locator("#disputes-panel").getByText("Collection on hold")).isVisible();
        assertThat(collector.locator("#disputes-panel").getByText("Wrong amount", new Locator.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        assertThat(collector.getByText("Dispute hold placed").first()).isVisible();
        E2eBrowser.screenshot(collector, "disputes-account-panel");
        assertThat(collector.locator("vaadin-side-nav").getByText("Disputes")).hasCount(0);

        Page supervisor = signedIn("supervisor");
        assertThat(supervisor.locator("#disputes-widget")).isVisible();
        assertThat(supervisor.locator("#disputes-widget-unresolved")).containsText("1");
        E2eBrowser.screenshot(supervisor, "disputes-home-widget");
        supervisor.locator("vaadin-side-nav").getByText("Disputes").click();
        supervisor.waitForURL("**/disputes");
        Locator queue = supervisor.locator("#dispute-grid");
        assertThat(queue.getByText("Wrong amount").first()).isVisible();
        E2eBrowser.screenshot(supervisor, "disputes-queue");

        queue.getByText("Wrong amount").first().click();
        assertThat(supervisor.locator("#dispute-details")).isVisible();
        assertThat(supervisor.locator("#dispute-details").getByText("The late fee of $25 was waived")).isVisible();
        press(supervisor.locator("#dispute-assign"), "Enter");
        assertThat(supervisor.getByText("Dispute assigned to you.")).isVisible();
        supervisor.locator("#dispute-upload input[type=file]").setInputFiles(new FilePayload("bank-statement.txt",
                "text/plain", "Statement 2026-03: late fee $25.00 charged, not waived.".getBytes(StandardCharsets.UTF_8)));
        assertThat(supervisor.getByText("Evidence added: bank-statement.txt.")).isVisible();
        assertThat(supervisor.locator("#dispute-evidence").getByText("bank-statement.txt")).isVisible();
        E2eBrowser.screenshot(supervisor, "disputes-details");
        press(supervisor.locator("#dispute-resolve"), "Enter");
        press(supervisor.locator("#resolve-outcome vaadin-radio-button").nth(1).locator("input"), "Space");
        supervisor.locator("#resolve-reason textarea").fill("The bank's statement shows the fee was charged correctly.");
        E2eBrowser.screenshot(supervisor, "disputes-resolve-dialog");
        press(supervisor.locator("#resolve-submit"), "Enter");

        assertThat(supervisor.getByText("Dispute resolved.")).isVisible();
        assertThat(supervisor.locator("#dispute-letter")).isVisible();
        assertThat(supervisor.locator("#resolve-submit")).hasCount(0);
        E2eBrowser.screenshot(supervisor, "disputes-resolved");

        collector.navigate(accountUrl);
        assertThat(collector.locator("#disputes-panel").getByText("Rejected")).isVisible();
        assertThat(collector.locator("#disputes-panel").getByText("Collection on hold")).hasCount(0);
        assertThat(collector.getByText("Dispute hold released").first()).isVisible();
        E2eBrowser.screenshot(collector, "disputes-account-after");
    }

    /**
     * Works a control inside a dialog with the keyboard (focus, then the key), as keyboard users do; Vaadin 25's
     * dialog answers Playwright's pointer hit test for its slotted content itself.
     */
    private static void press(Locator control, String key) {
        control.focus();
        control.press(key);
    }
}
