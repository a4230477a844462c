package app.settle.portal.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.settle.portal.testing.TestPlugins;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production jar in a real Chromium: an administrator uploads a vendor's plugin jar (built against the
 * plugin-api jar alone) in the plugin manager, reads the verdict, installs it without a restart and opens its
 * view from the menu, then uninstalls it with its data; a file that is not a jar archive is refused with the
 * reason. Screenshots of the verdicts,
 * the plugin list and the plugin's view go to {@code target/screenshots}.
 */
class PluginInstallEndToEndIT extends AgainstRunningPortal {

    @BeforeAll
    static void start() throws IOException {
        Path folder = Path.of(System.getProperty("settle.test.work", "target/it-work"), "plugin-install-e2e-plugins");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> leftovers = Files.list(folder)) {
                for (Path file : leftovers.toList()) {
                    Files.delete(file);
                }
            }
        }
        Path plugins = TestPlugins.folderWith(folder, "showcase");
        use(RunningPortal.start("plugin-install-e2e", plugins, "--settle.demo-portfolio.accounts=200"));
        portal.awaitLog("Demo portfolio: history of", Duration.ofMinutes(3));
    }

    @Test
    void anAdministratorUploadsAVendorsPluginInstallsItAndOpensItsView() {
        Page page = signedIn("admin");
        page.locator("vaadin-side-nav").getByText("Plugins").click();
        page.waitForURL("**/admin/plugins");

        page.locator("#settle-plugin-upload input[type=file]").setInputFiles(TestPlugins.apiOnlyJar("external-example"));

        assertThat(page.getByText("external-example 1.0.0 by Example Vendor Ltd: can be installed.")).isVisible();
        assertThat(page.locator(".settle-check-passed")).hasCount(10);
        assertThat(page.locator("#settle-plugin-install")).isEnabled();
        E2eBrowser.screenshot(page, "plugin-upload-verdict");

        page.locator("#settle-plugin-install").click();

        assertThat(page.getByText("external-example 1.0.0 is installed and started.")).isVisible();
        Locator grid = page.locator("vaadin-grid");
        assertThat(grid.getByText("Example Vendor Ltd")).isVisible();
        assertThat(page.locator(".settle-plugin-summary")).hasText("2 plugins: 2 started.");
        E2eBrowser.screenshot(page, "plugin-installed");

        page.locator("vaadin-side-nav").getByText("Vendor example").click();
        page.waitForURL("**/vendor-example");
        assertThat(page.locator("#vendor-example-text")).hasText("Vendor example 1.0.0: 0 items.");
        E2eBrowser.screenshot(page, "plugin-vendor-view");

        page.locator("vaadin-side-nav").getByText("Plugins").click();
        page.waitForURL("**/admin/plugins");
        page.locator("vaadin-button[aria-label='Uninstall external-example']").click();
        assertThat(page.locator(".settle-uninstall-data")).containsText("external_example_item");
        page.waitForFunction("() => !document.querySelector('[opening]')");
        E2eBrowser.screenshot(page, "plugin-uninstall-dialog");
        page.locator("#settle-uninstall-purge").click();
        assertThat(page.getByText("external-example is uninstalled; its data is deleted (3 tables).")).isVisible();
        assertThat(page.locator("vaadin-side-nav").getByText("Vendor example")).hasCount(0);
    }

    @Test
    void aFileThatIsNotAJarArchiveIsRefusedWithTheReason() {
        Page page = signedIn("admin");
        page.navigate(portal.url("admin/plugins"));

        page.locator("#settle-plugin-upload input[type=file]").setInputFiles(new FilePayload("broken.jar",
                "application/java-archive", "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(page.getByText("broken.jar: refused, 1 check failed.")).isVisible();
        assertThat(page.locator(".settle-check-failed")).containsText("The file is not a valid jar (zip) archive");
        assertThat(page.locator("#settle-plugin-install")).isDisabled();
        E2eBrowser.screenshot(page, "plugin-upload-refused");
    }
}
