package app.settle.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.settle.portal.testing.PortalUiTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The side menu shows each role only what it may open: host views by their access annotations, plugin
 * views by the roles they allow. (The plugins folder also holds view-throws, whose "Broken view" every
 * role may open.)
 */
class MenuByRoleTest extends PortalUiTest {

    @Test
    void aCollectorSeesHomeTheShowcaseAndTeamNotesButNoAdministration() {
        openAs("collector");

        assertThat(menu()).extracting(SideNavItem::getLabel, SideNavItem::getPath).containsExactly(
                tuple("Home", ""),
                tuple("Accounts", "accounts"),
                tuple("Broken view", "broken"),
                tuple("Team notes", "notes"),
                tuple("Component showcase", "showcase"));
        assertThat(menu()).extracting(SideNavItem::getLabel).doesNotContain("Plugins", "Admin tools", "Audit log",
                "Suspense", "Payment files", "Imports", "Dashboard");
    }

    @Test
    void anAdministratorSeesPluginsAndAdminToolsButNotTeamNotes() {
        openAs("admin");

        assertThat(menu()).extracting(SideNavItem::getLabel, SideNavItem::getPath).containsExactly(
                tuple("Home", ""),
                tuple("Dashboard", "dashboard"),
                tuple("Accounts", "accounts"),
                tuple("Suspense", "payments/suspense"),
                tuple("Payment files", "payments/batches"),
                tuple("Imports", "admin/imports"),
                tuple("Plugins", "admin/plugins"),
                tuple("Audit log", "admin/audit"),
                tuple("Admin tools", "admin-tools"),
                tuple("Broken view", "broken"),
                tuple("Component showcase", "showcase"));
        assertThat(menu()).extracting(SideNavItem::getLabel).doesNotContain("Team notes");
    }

    @Test
    void aTrainerSeesOnlyHomeAndTheViewsEveryRoleMayOpen() {
        openAs("trainer");

        assertThat(menu()).extracting(SideNavItem::getLabel).containsExactly(
                "Home", "Broken view", "Component showcase");
        assertThat(menu()).extracting(SideNavItem::getLabel)
                .doesNotContain("Accounts", "Plugins", "Admin tools", "Team notes");
    }

    @Test
    void theMenuStaysFilteredAfterNavigating() {
        openAs("collector");

        navigateTo("showcase");

        assertThat(menu()).extracting(SideNavItem::getLabel).containsExactly(
                "Home", "Accounts", "Broken view", "Team notes", "Component showcase");
    }

    private static List<SideNavItem> menu() {
        return _get(_get(MainLayout.class), SideNav.class).getItems();
    }
}
