package app.settle.portal.plugins;

import static app.settle.portal.plugins.PluginManagerPage.notifications;
import static app.settle.portal.plugins.PluginManagerPage.openNotifications;
import static app.settle.portal.plugins.PluginManagerPage.row;
import static app.settle.portal.plugins.PluginManagerPage.rows;
import static app.settle.portal.plugins.PluginManagerPage.summary;
import static app.settle.portal.plugins.PluginManagerPage.uninstallButton;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.security.TestLogins;
import app.settle.portal.shell.MainLayout;
import app.settle.portal.testing.PortalUiTest;
import app.settle.portal.testing.TestPlugins;
import app.settle.portal.users.UserDirectory;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plugin manager's upload as an administrator uses it: upload a jar, read the verdict, install, open the new
 * plugin's view, upgrade, have a downgrade refused, uninstall with its data; refused and failing uploads say why.
 */
class PluginUploadViewTest extends PortalUiTest {

    @Autowired
    PluginHost host;
    @Autowired
    UserDirectory users;

    @AfterEach
    void removeWhatTheTestInstalled() {
        TestLogins.signIn(users, "admin");
        for (String id : List.of("external-example", "start-fails")) {
            if (host.status(id).isPresent()) {
                host.uninstall(id, true);
            }
        }
        TestLogins.signOut();
    }

    @Test
    void anAdministratorUploadsInstallsOpensUpgradesAndUninstallsAVendorsPlugin() {
        openAs("admin");
        navigateTo("admin/plugins");

        upload("external-example-1.0.0.jar", TestPlugins.apiOnlyJar("external-example"));
        assertThat(verdictHeadline()).isEqualTo("external-example 1.0.0 by Example Vendor Ltd: can be installed.");
        assertThat(checkLines()).hasSize(10).allMatch(line -> line.startsWith("✓"));
        assertThat(checkLines()).contains("✓Archive entries: All entries stay inside the plugin's folder.");
        Button install = installButton();
        assertThat(install.getText()).isEqualTo("Install");
        assertThat(install.isEnabled()).isTrue();

        _click(install);

        assertThat(notifications()).containsExactly("external-example 1.0.0 is installed and started.");
        assertThat(row("external-example").state()).isEqualTo("Started");
        assertThat(row("external-example").details()).endsWith("Views: /vendor-example");
        assertThat(summary()).isEqualTo("7 plugins: 5 started, 2 failed.");
        assertThat(menuLabels()).contains("Vendor example");
        assertThat(_find(H4.class)).as("the verdict is gone once installed").isEmpty();
        navigateTo("vendor-example");
        assertThat(_get(Paragraph.class, spec -> spec.withId("vendor-example-text")).getText())
                .isEqualTo("Vendor example 1.0.0: 0 items.");

        navigateTo("admin/plugins");
        closeNotifications();
        upload("external-example-1.1.0.jar", TestPlugins.apiOnlyJar("external-example-v2"));
        assertThat(verdictHeadline()).endsWith(": can replace the installed 1.0.0.");
        assertThat(installButton().getText()).isEqualTo("Upgrade to 1.1.0");
        _click(installButton());
        assertThat(notifications()).containsExactly("external-example is upgraded from 1.0.0 to 1.1.0 and started.");
        assertThat(row("external-example").version()).isEqualTo("1.1.0");

        closeNotifications();
        upload("external-example-1.0.0.jar", TestPlugins.apiOnlyJar("external-example"));
        assertThat(verdictHeadline()).isEqualTo("external-example 1.0.0 by Example Vendor Ltd: refused, 1 check failed.");
        assertThat(checkLines()).contains("✗Upgrade: 1.0.0 is older than the installed 1.1.0: downgrades are refused.");
        assertThat(installButton().isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("settle-plugin-discard")));
        assertThat(_find(H4.class)).isEmpty();

        _click(uninstallButton("external-example"));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("settle-uninstall-data")).getText())
                .startsWith("Its data: 4 tables, DATABASECHANGELOGLOCK_EXTERNAL_EXAMPLE, "
                        + "DATABASECHANGELOG_EXTERNAL_EXAMPLE, external_example_item, external_example_tag.");
        _click(_get(Button.class, spec -> spec.withId("settle-uninstall-purge")));

        assertThat(notifications()).containsExactly("external-example is uninstalled; its data is deleted (4 tables).");
        assertThat(rows()).doesNotContainKey("external-example");
        assertThat(summary()).isEqualTo("6 plugins: 4 started, 2 failed.");
        assertThat(menuLabels()).doesNotContain("Vendor example");
    }

    @Test
    void aCorruptUploadCannotBeInstalledAndAPluginThatFailsToStartIsShownFailed() {
        openAs("admin");
        navigateTo("admin/plugins");

        upload("corrupt.jar", UploadJars.corrupt("corrupt.jar"));
        assertThat(verdictHeadline()).isEqualTo("corrupt.jar: refused, 1 check failed.");
        assertThat(checkLines()).anyMatch(line -> line.startsWith("✗Archive: The file is not a valid jar (zip) archive"));
        assertThat(installButton().isEnabled()).isFalse();

        upload("start-fails.jar", UploadJars.withManifest(TestPlugins.jar("failing-start"), "start-fails.jar",
                Map.of("Plugin-Id", "start-fails")));
        _click(installButton());

        assertThat(notifications()).singleElement().asString().startsWith("Not installed: It failed to start:")
                .contains("licence server unreachable");
        assertThat(openNotifications().getFirst().getThemeNames()).contains("error");
        assertThat(row("start-fails").state()).isEqualTo("Failed");
        assertThat(row("start-fails").details()).startsWith("Not installed: It failed to start:");
        assertThat(uninstallButton("start-fails").isVisible()).as("nothing installed to remove").isFalse();
        assertThat(row("showcase").state()).isEqualTo("Started");
    }

    private static void upload(String fileName, Path jar) {
        try {
            UploadKt._upload(_get(Upload.class), fileName, "application/java-archive", Files.readAllBytes(jar));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MockVaadin.clientRoundtrip(false);
    }

    private static String verdictHeadline() {
        return _get(_get(Div.class, spec -> spec.withClasses("settle-plugin-verdict")), H4.class).getText();
    }

    private static Button installButton() {
        return _get(Button.class, spec -> spec.withId("settle-plugin-install"));
    }

    private static List<String> checkLines() {
        return _find(ListItem.class, spec -> spec.withClasses("settle-check")).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static void closeNotifications() {
        openNotifications().forEach(notification -> notification.close());
    }

    private static List<String> menuLabels() {
        return _get(_get(MainLayout.class), SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
