package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.settle.portal.testing.TestPlugins;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped payment plans plugin in the production jar and a real Chromium: a collector offers a 24-month plan
 * (outside the 12-month guardrail), a supervisor approves it in the approval queue, an administrator imports a
 * payment file paying the first instalment, and the account shows the plan current with that instalment kept;
 * then the collector moves a dollar between two instalments in the Modify dialog, by keyboard. Screenshots of the
 * negotiation panel, the record dialog, the approval queue, the Home widget, the plan after the payment, the Modify
 * dialog and the plan after it go to {@code target/screenshots}.
 */
class PaymentPlansEndToEndIT extends AgainstRunningPortal {

    @BeforeAll
    static void start() {
        Path plugins = TestPlugins.folderWithShipped(Path.of(System.getProperty("settle.test.work", "target/it-work"),
                "payment-plans-e2e-plugins"), "payment-plans");
        use(RunningPortal.start("payment-plans-e2e", plugins, "--settle.demo-portfolio.accounts=200"));
        portal.awaitLog("Demo portfolio: history of", Duration.ofMinutes(3));
    }

    @Test
    void aCollectorOffersAPlanASupervisorApprovesItAndPaymentsPost() {
        Page collector = signedIn("collector");
        String accountUrl = accountWithoutHold(collector);
        // the workspace's facts line reads "Account <ref> · <creditor> · …"
        String accountRef = collector.locator("span").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Account \\S+ · "))).first().textContent().strip().split(" ")[1];
        Locator panel = collector.locator("#negotiation-panel");
        assertThat(panel.locator("#negotiation-ladder")).containsText("Plan over 6 months");
        panel.scrollIntoViewIfNeeded();
        E2eBrowser.screenshot(collector, "plans-negotiation-panel");

        press(panel.locator("#plan-record"), "Enter");
        assertThat(collector.locator("#plan-kind")).isVisible();
        press(collector.locator("#plan-kind vaadin-radio-button").nth(1).locator("input"), "Space");
        collector.locator("#plan-count input").fill("24");
        collector.locator("#plan-count input").press("Tab");
        assertThat(collector.locator("#plan-outlook")).containsText("Needs a supervisor's approval");
        E2eBrowser.screenshot(collector, "plans-record-dialog");
        press(collector.locator("#plan-save"), "Enter");
        assertThat(collector.getByText("Recorded.")).isVisible();
        assertThat(collector.locator("#negotiation-panel").getByText("Waiting for approval")).isVisible();

        Page supervisor = signedIn("supervisor");
        assertThat(supervisor.locator("#plans-widget")).isVisible();
        assertThat(supervisor.locator("#plans-pending")).hasText("1");
        E2eBrowser.screenshot(supervisor, "plans-home-widget");
        supervisor.locator("vaadin-side-nav").getByText("Plan approvals").click();
        supervisor.waitForURL("**/payment-plans/approvals");
        assertThat(supervisor.locator("#plan-approvals")).containsText(accountRef);
        E2eBrowser.screenshot(supervisor, "plans-approval-queue");
        supervisor.locator(".plan-approve").first().click();
        assertThat(supervisor.getByText("Approved.")).isVisible();

        collector.navigate(accountUrl);
        String firstInstalment = collector.locator("#negotiation-panel .plan-instalments vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("$")).first().textContent().strip();
        assertThat(collector.locator("#negotiation-panel .plan-status")).hasText("Current");

        Page admin = signedIn("admin");
        admin.locator("vaadin-side-nav").getByText("Imports").click();
        press(admin.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Payment file"))
                .locator("input"), "Space");
        String csv = "payment_ref,account_ref,amount,currency,paid_on,method\n"
                + "E2E-PLAN-1," + accountRef + "," + firstInstalment.replace("$", "").replace(",", "") + ",USD,"
                + LocalDate.now(ZoneOffset.UTC) + ",ACH\n";
        admin.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("plan-payment.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        admin.getByText("Import 1 new rows").click();
        assertThat(admin.locator("#import-batches")).containsText("plan-payment.csv");

        collector.navigate(accountUrl);
        Locator plan = collector.locator("#negotiation-panel");
        assertThat(plan.locator(".plan-instalments")).containsText("Kept");
        assertThat(plan.locator(".plan-status")).hasText("Current");
        assertThat(plan).containsText("Paid " + firstInstalment);
        plan.scrollIntoViewIfNeeded();
        E2eBrowser.screenshot(collector, "plans-after-payment");

        // the collector modifies the plan with the keyboard: one dollar moves from instalment 3 to instalment 2
        BigDecimal each = new BigDecimal(firstInstalment.replace("$", "").replace(",", ""));
        String second = each.add(BigDecimal.ONE).toPlainString();
        String third = each.subtract(BigDecimal.ONE).toPlainString();
        press(plan.locator("#plan-modify"), "Enter");
        Locator total = collector.locator("#plan-modify-total");
        assertThat(total).containsText("Adds up.");
        assertThat(collector.locator("#plan-modify-date-2 input")).isFocused();
        collector.locator("#plan-modify-amount-2 input").fill(second);
        assertThat(total).containsText("$1.00 too much");
        collector.locator("#plan-modify-amount-3 input").fill(third);
        assertThat(total).containsText("Adds up.");
        collector.locator("#plan-modify-reason input").fill("Debtor is paid on the 15th");
        E2eBrowser.screenshot(collector, "plans-modify-dialog");
        press(collector.locator("#plan-modify-save"), "Enter");
        assertThat(collector.getByText("Payment plan changed.")).isVisible();
        Locator schedule = collector.locator("#negotiation-panel .plan-instalments");
        assertThat(schedule).containsText(money(each.add(BigDecimal.ONE)));
        assertThat(schedule).containsText(money(each.subtract(BigDecimal.ONE)));
        collector.locator("#negotiation-panel").scrollIntoViewIfNeeded();
        E2eBrowser.screenshot(collector, "plans-after-modify");
    }

    private static String money(BigDecimal amount) {
        return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US).format(amount);
    }

    /** Opens accounts from the list until one has no collection hold (the demo history puts holds on some). */
    private static String accountWithoutHold(Page page) {
        for (int i = 0; i < 10; i++) {
            page.locator("vaadin-side-nav").getByText("Accounts").click();
            page.waitForURL("**/accounts");
            page.locator("vaadin-grid").getByText("$").nth(i).click();
            page.waitForURL("**/accounts/*");
            page.locator("#negotiation-panel").waitFor();
            if (page.locator("#plan-record").count() > 0) {
                return page.url();
            }
        }
        throw new AssertionError("No account without a hold among the first ten");
    }

    private static void press(Locator control, String key) {
        control.focus();
        control.press(key);
    }
}
