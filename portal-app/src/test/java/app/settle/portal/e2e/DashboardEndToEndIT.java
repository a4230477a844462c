package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.settle.portal.testing.TestPlugins;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supervisors' dashboard in Debian's Chromium over the demo portfolio: figures brought up to date, charts
 * drawn, a definition opened, and a number drilled down to the accounts behind it.
 */
class DashboardEndToEndIT extends AgainstRunningPortal {

    @BeforeAll
    static void start() {
        Path plugins = TestPlugins.folderWithShipped(Path.of(System.getProperty("settle.test.work", "target/it-work"),
                "dashboard-plugins"), "payment-plans", "disputes");
        use(RunningPortal.start("dashboard", plugins));
        portal.awaitLog("Demo portfolio: history of", Duration.ofMinutes(3));
    }

    @Test
    void aSupervisorReadsTheDashboardAndDrillsDownToTheAccounts() {
        Page page = signedIn("supervisor");
        page.locator("vaadin-side-nav").getByText("Dashboard").click();
        page.waitForURL("**/dashboard");

        page.locator("#dashboard-refresh").click();
        assertThat(page.getByText("Figures are up to date")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        page.locator("#dashboard-period").click();
        page.locator("vaadin-select-item").getByText("Last 12 months").click();
        String yearAgo = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(11).atDay(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.US));
        assertThat(page.locator("#dashboard-as-of")).containsText(yearAgo + " – ");

        Locator active = page.locator("[data-kpi=ACTIVE_ACCOUNTS] a");
        assertThat(active).hasText(java.util.regex.Pattern.compile("^[1-9][0-9,]*$"));
        Locator aging = page.locator(".settle-dashboard-card[data-kpi=AGING]");
        assertThat(aging.locator("svg.settle-chart rect")).hasCount(6);
        assertThat(page.locator("[data-kpi=RIGHT_PARTY_RATE] .settle-figure-value"))
                .hasText(java.util.regex.Pattern.compile("^\\d+\\.\\d%$"));
        E2eBrowser.screenshot(page, "dashboard");
        assertThat(page.locator(".settle-widget h3")).containsText(new String[] {"Open disputes", "Promises and plans"});

        page.locator("[data-kpi=PROMISE_KEPT_RATE] vaadin-button").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.DIALOG).getByText("judged kept"))
                .isVisible();
        E2eBrowser.screenshot(page, "dashboard-definition");
        page.keyboard().press("Escape");

        aging.locator("a[href=\"accounts?bucket=DAYS_181_PLUS\"]").click();
        page.waitForURL("**/accounts?bucket=DAYS_181_PLUS");
        assertThat(page.locator("#account-filter")).hasText("Showing active, 181+ days past due");
        assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible();
        assertTrue(page.locator("vaadin-grid").count() == 1);
        E2eBrowser.screenshot(page, "dashboard-drill-down");
    }
}
