package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.settle.portal.testing.TestPlugins;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production jar in a real headless Chromium: sign-in, the role-filtered menu, a plugin's view rendered by
 * the production bundle, refusal of a typed URL, sign-out and the plugin manager. Screenshots of each screen go
 * to {@code target/screenshots}.
 */
class PortalEndToEndIT extends AgainstRunningPortal {

    @BeforeAll
    static void start() {
        Path plugins = TestPlugins.folderWith(Path.of(System.getProperty("settle.test.work", "target/it-work"), "e2e-plugins"),
                "showcase");
        use(RunningPortal.start("e2e", plugins));
        portal.awaitLog("Demo portfolio: history of", Duration.ofMinutes(3));
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        Page page = browser.newPage();
        page.navigate(portal.url("login"));
        signIn(page, "collector", "not-the-password");

        assertThat(page.getByText("Incorrect username or password")).isVisible();
        assertTrue(page.url().contains("/login"), "stays on the sign-in page: " + page.url());
        E2eBrowser.screenshot(page, "login-wrong-password");
    }

    @Test
    void aCollectorSeesTheirMenuAndAPluginViewRenderedByTheProductionBundle() {
        Page page = signedIn("collector");

        Locator menu = page.locator("vaadin-side-nav");
        assertThat(menu.getByText("Home")).isVisible();
        assertThat(menu.getByText("Accounts")).isVisible();
        assertThat(menu.getByText("Component showcase")).isVisible();
        assertThat(menu.getByText("Plugins")).hasCount(0);
        assertThat(menu.getByText("Audit log")).hasCount(0);
        E2eBrowser.screenshot(page, "collector-home");

        menu.getByText("Component showcase").click();
        page.waitForURL("**/showcase");
        assertThat(page.locator("#showcase-date")).isVisible();
        for (String tag : new String[] {"vaadin-date-picker", "vaadin-combo-box", "vaadin-radio-group",
                "vaadin-checkbox-group", "vaadin-text-area", "vaadin-progress-bar", "vaadin-tabsheet", "vaadin-details"}) {
            assertEquals(Boolean.TRUE, page.evaluate("tag => customElements.get(tag) !== undefined", tag),
                    tag + " is defined by the production bundle");
        }
        page.locator("#showcase-outcome input").fill("Promise to pay");
        page.keyboard().press("Enter");
        assertThat(page.locator("#showcase-outcome input")).hasValue("Promise to pay");
        E2eBrowser.screenshot(page, "plugin-showcase");
    }

    @Test
    void typingTheUrlOfAViewTheRoleMayNotOpenIsRefused() {
        Page page = signedIn("collector");
        assertThat(page.locator("vaadin-side-nav")).isVisible();

        page.navigate(portal.url("admin/plugins"));
        assertThat(page.getByText("Your role does not give you access to this page.")).isVisible();
        assertThat(page.locator("vaadin-grid")).hasCount(0);
        E2eBrowser.screenshot(page, "access-denied");
    }

    @Test
    void signingOutEndsTheSession() {
        Page page = signedIn("supervisor");
        assertThat(page.getByText("Sign out")).isVisible();

        page.getByText("Sign out").click();
        page.waitForURL("**/login**");
        page.navigate(portal.url("accounts"));
        page.waitForURL("**/login**");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void anAdministratorSeesThePluginInThePluginManager() {
        Page page = signedIn("admin");
        page.locator("vaadin-side-nav").getByText("Plugins").click();
        page.waitForURL("**/admin/plugins");

        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText("showcase").first()).isVisible();
        assertThat(grid.getByText("Started").first()).isVisible();
        E2eBrowser.screenshot(page, "admin-plugin-manager");
    }

    @Test
    void theDemoPortfolioIsThereAndAnAccountOpensInTheWorkspace() {
        Page page = signedIn("collector");
        page.locator("vaadin-side-nav").getByText("Accounts").click();
        page.waitForURL("**/accounts");
        Locator rows = page.locator("vaadin-grid vaadin-grid-cell-content");
        assertThat(rows.getByText("$").first()).isVisible();
        E2eBrowser.screenshot(page, "collector-accounts");

        page.locator("vaadin-grid").getByText("$").first().click();
        page.waitForURL("**/accounts/*");
        assertThat(page.getByText("Current balance")).isVisible();
        assertThat(page.getByText("Timeline")).isVisible();
        assertThat(page.getByText("Placed by").first()).isVisible();
        E2eBrowser.screenshot(page, "collector-workspace");
    }

    @Test
    void anAdministratorOpensImportsAndTheSuspenseQueue() {
        Page page = signedIn("admin");
        page.locator("vaadin-side-nav").getByText("Imports").click();
        page.waitForURL("**/admin/imports");
        assertThat(page.getByText("Recent imports")).isVisible();
        assertThat(page.locator("vaadin-grid").last().getByText("Completed").first()).isVisible();
        E2eBrowser.screenshot(page, "admin-imports");

        page.locator("vaadin-side-nav").getByText("Payment files").click();
        page.waitForURL("**/payments/batches");
        E2eBrowser.screenshot(page, "admin-payment-files");
    }
}
