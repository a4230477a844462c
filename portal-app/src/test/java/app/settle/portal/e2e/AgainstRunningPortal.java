package app.settle.portal.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;

/**
 * Base of browser tests: a subclass starts its portal in {@code @BeforeAll} through {@link #use}; the portal and
 * the browser are stopped after the class. Test classes run one after another, never in parallel.
 */
abstract class AgainstRunningPortal {

    static RunningPortal portal;
    static E2eBrowser browser;

    static void use(RunningPortal started) {
        portal = started;
        browser = new E2eBrowser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (portal != null) {
            portal.close();
            portal = null;
        }
    }

    /** A new browser context signed in with the demo password, on the portal's home page. */
    static Page signedIn(String username) {
        Page page = browser.newPage();
        page.navigate(portal.url(""));
        signIn(page, username, username + "-demo");
        return page;
    }

    static void signIn(Page page, String username, String password) {
        page.waitForURL("**/login**");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        if (password.equals(username + "-demo")) {
            page.locator("vaadin-side-nav").waitFor();
        } else {
            page.waitForURL("**/login?error**");
        }
    }
}
