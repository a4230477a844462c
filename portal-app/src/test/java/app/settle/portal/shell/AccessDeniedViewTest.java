package app.settle.portal.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.plugins.PluginManagerView;
import app.settle.portal.testing.PortalUiTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** Typing the address of a page the role may not open shows "Not allowed" inside the shell, not the page. */
class AccessDeniedViewTest extends PortalUiTest {

    @Test
    void aCollectorWhoTypesThePluginManagerAddressIsRefused() {
        openAs("collector");

        navigateTo("admin/plugins");

        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
        assertRefusedInsideTheShell();
        _assertNone(PluginManagerView.class);
        _assertNone(Grid.class);
    }

    @Test
    void aCollectorWhoTypesTheAdminToolsPluginAddressIsRefused() {
        openAs("collector");

        navigateTo("admin-tools");

        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
        assertRefusedInsideTheShell();
        assertThat(_find(Paragraph.class, spec -> spec.withId("admin-tools-text"))).isEmpty();
    }

    @Test
    void anAdministratorMayOpenBoth() {
        openAs("admin");

        navigateTo("admin/plugins");
        assertThat(getCurrentView()).isEqualTo(PluginManagerView.class);
        navigateTo("admin-tools");
        assertThat(_get(Paragraph.class, spec -> spec.withId("admin-tools-text")).getText())
                .isEqualTo("Admin tools plugin");
        _assertNone(AccessDeniedView.class);
    }

    private static void assertRefusedInsideTheShell() {
        AccessDeniedView refused = _get(AccessDeniedView.class);
        assertThat(refused.findAncestor(MainLayout.class)).as("shown inside the shell").isNotNull();
        assertThat(_get(refused, H2.class).getText()).isEqualTo("Not allowed");
        assertThat(_find(refused, Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith(AccessDeniedView.MESSAGE)
                        .startsWith("Your role does not give you access to this page."));
    }
}
