package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.settle.portal.testing.DomainTest;
import app.settle.portal.testing.TestPlugins;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The worklist plugin as it ships, in the production jar and a real headless Chromium: a supervisor looks at Queues
 * and Scoring, a collector opens My worklist, takes the next account with Alt+N, logs a call without the mouse,
 * sees it on the account's timeline, moves on to the next account with Alt+N and re-sorts My worklist by a column. The demo collector's debtors are moved into a zone where it is daytime now, so
 * that the test does not depend on the hour it runs at (the demo portfolio is all in US zones).
 */
class WorklistEndToEndIT extends AgainstRunningPortal {

    private static int databasePort;

    @BeforeAll
    static void start() throws Exception {
        Path plugins = TestPlugins.folderWithShipped(Path.of(System.getProperty("settle.test.work", "target/it-work"),
                "worklist-e2e-plugins"), "worklist");
        databasePort = freePort();
        use(RunningPortal.start("worklist-e2e", plugins, "--settle.database.port=" + databasePort));
        portal.awaitLog("Demo portfolio: history of", Duration.ofMinutes(3));
        moveTheDemoCollectorsDebtorsIntoDaylight();
    }

    @Test
    void aCollectorTakesTheNextAccountLogsACallAndSeesItOnTheTimeline() {
        Page supervisor = signedIn("supervisor");
        supervisor.locator("vaadin-side-nav").getByText("Scoring").click();
        supervisor.waitForURL("**/worklist/scoring");
        assertThat(supervisor.getByText("Promise history").first()).isVisible();
        E2eBrowser.screenshot(supervisor, "worklist-scoring");
        supervisor.locator("#scoring-save").click();
        // the recomputation may wait for the plugin's background work on the freshly imported demo portfolio
        assertThat(supervisor.getByText("Scoring saved; scores recomputed"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
        supervisor.locator("vaadin-side-nav").getByText("Queues").click();
        supervisor.waitForURL("**/worklist/queues");
        assertThat(supervisor.locator("#queues-grid").getByText("My accounts").first()).isVisible();
        supervisor.locator("#queues-grid").getByText("My accounts").first().click();
        assertThat(supervisor.locator("#queue-name input")).hasValue("My accounts");
        E2eBrowser.screenshot(supervisor, "worklist-queues");
        supervisor.locator("#queue-deal-status").scrollIntoViewIfNeeded();
        assertThat(supervisor.locator("#queue-deal-status")).containsText("Round-robin is off");
        E2eBrowser.screenshot(supervisor, "worklist-round-robin");

        Page page = signedIn("collector");
        page.locator("vaadin-side-nav").getByText("My worklist").click();
        page.waitForURL("**/worklist");
        assertThat(page.locator("#worklist-grid").getByText("Callable now").first()).isVisible();
        E2eBrowser.screenshot(page, "worklist-my-worklist");

        page.keyboard().press("Alt+n");
        page.waitForURL("**/accounts/*");
        assertThat(page.locator("#worklist-panel")).isVisible();
        assertThat(page.getByText("This is an attempt to collect a debt", new Page.GetByTextOptions().setExact(false))
                .first()).isVisible();
        E2eBrowser.screenshot(page, "worklist-workspace");

        page.keyboard().press("Alt+l");
        Locator outcome = page.locator("#log-outcome input");
        assertThat(outcome).isFocused();
        outcome.fill("Left message");
        page.keyboard().press("Enter");
        page.locator("#log-notes textarea").fill("Left a message asking for a call back.");
        E2eBrowser.screenshot(page, "worklist-log-call");
        page.keyboard().press("Control+Enter");

        assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
        assertThat(page.getByText(": Left message").first()).isVisible();
        assertThat(page.getByText("Left a message asking for a call back.").first()).isVisible();
        E2eBrowser.screenshot(page, "worklist-workspace-after-call");

        // and on to the next account, still without the mouse: the one just called rests, so another one opens
        String called = page.url();
        page.keyboard().press("Alt+n");
        page.waitForURL(url -> url.contains("/accounts/") && !url.equals(called));
        assertThat(page.locator("#worklist-panel")).isVisible();

        // the collector re-sorts My worklist by a column header: the database orders each part of the list
        page.locator("vaadin-side-nav").getByText("My worklist").click();
        page.waitForURL("**/worklist");
        page.locator("#worklist-grid vaadin-grid-sorter").getByText("Past due").click();
        assertThat(page.locator("#worklist-explanation"))
                .containsText("fewest days past due first");
        E2eBrowser.screenshot(page, "worklist-sorted");
    }

    /** Puts the debtors of the demo collector's accounts (and their phones) in a zone where it is 10:00-18:00 now. */
    private static void moveTheDemoCollectorsDebtorsIntoDaylight() throws SQLException {
        String zone = DomainTest.daytimeZone();
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + databasePort + "/settle",
                "root", "")) {
            for (String sql : new String[] {
                    "UPDATE debtor d JOIN account a ON a.debtor_id = d.id JOIN app_user u ON u.id = a.collector_id"
                            + " SET d.time_zone = ? WHERE u.username = 'collector'",
                    "UPDATE contact_point p JOIN account a ON a.debtor_id = p.debtor_id"
                            + " JOIN app_user u ON u.id = a.collector_id SET p.time_zone = ? WHERE u.username = 'collector'"}) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setString(1, zone);
                    statement.executeUpdate();
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
