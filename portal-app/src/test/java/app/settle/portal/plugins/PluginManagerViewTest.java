package app.settle.portal.plugins;

import static app.settle.portal.plugins.PluginManagerPage.actionButton;
import static app.settle.portal.plugins.PluginManagerPage.notifications;
import static app.settle.portal.plugins.PluginManagerPage.openNotifications;
import static app.settle.portal.plugins.PluginManagerPage.row;
import static app.settle.portal.plugins.PluginManagerPage.rows;
import static app.settle.portal.plugins.PluginManagerPage.summary;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.HostApi;
import app.settle.portal.security.TestLogins;
import app.settle.portal.shell.MainLayout;
import app.settle.portal.testing.PortalUiTest;
import app.settle.portal.users.UserDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's plugin page: what is installed, in which state and why, and switching plugins. */
class PluginManagerViewTest extends PortalUiTest {

    @Autowired
    PluginHost host;
    @Autowired
    UserDirectory users;

    @AfterEach
    void adminToolsIsStartedAgain() {
        if (host.status("admin-tools").orElseThrow().state() != PluginRunState.STARTED) {
            TestLogins.signIn(users, "admin");
            host.enable("admin-tools");
        }
    }

    @Test
    void listsEveryPluginWithVersionStateAndWhyTheFailedOnesFailed() {
        openAs("admin");
        navigateTo("admin/plugins");
        assertThat(getCurrentView()).isEqualTo(PluginManagerView.class);

        assertThat(rows().keySet()).containsExactly(
                "admin-tools", "failing-start", "future-api", "notes", "showcase", "view-throws");

        PluginManagerPage.Row showcase = row("showcase");
        assertThat(showcase.version()).isEqualTo("1.2.0");
        assertThat(showcase.provider()).isEqualTo("Acme Test Vendor");
        assertThat(showcase.requires()).isEqualTo(">=1.0.0 & <2.0.0");
        assertThat(showcase.state()).isEqualTo("Started");
        assertThat(showcase.details()).endsWith("Views: /showcase");
        assertThat(showcase.action()).isEqualTo("Disable");

        assertThat(row("notes").state()).isEqualTo("Started");
        assertThat(row("admin-tools").state()).isEqualTo("Started");

        PluginManagerPage.Row future = row("future-api");
        assertThat(future.version()).isEqualTo("3.0.0");
        assertThat(future.state()).isEqualTo("Failed");
        assertThat(future.details())
                .isEqualTo("The plugin needs host API >=2.0.0, but this portal provides " + HostApi.VERSION + ".");
        assertThat(future.action()).isEqualTo("Enable");

        PluginManagerPage.Row failingStart = row("failing-start");
        assertThat(failingStart.state()).isEqualTo("Failed");
        assertThat(failingStart.details()).startsWith("It failed to start:").contains("licence server unreachable");

        assertThat(summary()).isEqualTo("6 plugins: 4 started, 2 failed.");
    }

    @Test
    void disablingAPluginTakesItOutOfGridStateAndMenuAndEnablingBringsItBack() {
        openAs("admin");
        navigateTo("admin/plugins");
        assertThat(menuLabels()).contains("Admin tools");

        Button disable = actionButton("admin-tools");
        assertThat(disable.getText()).isEqualTo("Disable");
        _click(disable);

        assertThat(row("admin-tools").state()).isEqualTo("Disabled");
        assertThat(row("admin-tools").action()).isEqualTo("Enable");
        assertThat(summary()).isEqualTo("6 plugins: 3 started, 1 disabled, 2 failed.");
        assertThat(menuLabels()).doesNotContain("Admin tools").contains("Plugins", "Component showcase");
        assertThat(notifications()).containsExactly("admin-tools is now disabled.");
        assertThat(openNotifications().getFirst().getThemeNames()).contains("success");
        assertThat(host.status("admin-tools").orElseThrow().state()).isEqualTo(PluginRunState.DISABLED);

        openNotifications().forEach(n -> n.close());
        _click(actionButton("admin-tools"));

        assertThat(row("admin-tools").state()).isEqualTo("Started");
        assertThat(row("admin-tools").action()).isEqualTo("Disable");
        assertThat(summary()).isEqualTo("6 plugins: 4 started, 2 failed.");
        assertThat(menuLabels()).contains("Admin tools");
        assertThat(notifications()).containsExactly("admin-tools is now started.");
        navigateTo("admin-tools");
        assertThat(_get(Paragraph.class, spec -> spec.withId("admin-tools-text"))
                .getText()).isEqualTo("Admin tools plugin");
    }

    private static List<String> menuLabels() {
        return _get(_get(MainLayout.class), SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
