package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session left alone ends: the portal runs with the shortest idle timeout the servlet container supports
 * (one minute) and the browser, left idle for longer than that plus the container's expiry sweep, is sent to
 * the sign-in page on its next request.
 */
class IdleTimeoutIT extends AgainstRunningPortal {

    @BeforeAll
    static void start() {
        Path noPlugins = Path.of(System.getProperty("settle.test.work", "target/it-work"), "idle-plugins");
        use(RunningPortal.start("idle", noPlugins, "--server.servlet.session.timeout=1m",
                "--settle.demo-portfolio.accounts=0"));
    }

    @Test
    void anIdleSessionEndsAndTheNextRequestAsksToSignInAgain() throws InterruptedException {
        Page page = signedIn("collector");
        assertThat(page.locator("vaadin-side-nav")).isVisible();

        // One minute of timeout; Tomcat sweeps expired sessions every 60 s.
        Thread.sleep(135_000);

        page.navigate(portal.url("accounts"));
        page.waitForURL("**/login**");
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
