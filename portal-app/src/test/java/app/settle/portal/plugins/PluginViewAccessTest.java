package app.settle.portal.plugins;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.shell.MainLayout;
import app.settle.portal.testing.PortalUiTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

/** Plugin views inside the shell: their content, their role rules, and a plugin whose view fails. */
class PluginViewAccessTest extends PortalUiTest {

    @Test
    void aPluginViewShowsItsContentForTheSignedInUserInsideTheShell() {
        openAs("collector");

        navigateTo("showcase");

        assertThat(getCurrentView()).isEqualTo(PluginViewHost.class);
        Paragraph greeting = _get(Paragraph.class, spec -> spec.withId("showcase-greeting"));
        assertThat(greeting.getText()).isEqualTo("Rendered by the showcase plugin for Casey Collector.");
        assertThat(greeting.findAncestor(MainLayout.class)).as("inside the shell").isNotNull();
        assertThat(_get(_get(MainLayout.class), H1.class).getText()).isEqualTo("Component showcase");
    }

    @Test
    void aRoleThePluginViewDoesNotAllowIsRefused() {
        openAs("trainer");

        navigateTo("notes");

        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withId("notes-count"))).isEmpty();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Your role does not give you access to this page."));
    }

    @Test
    void aPluginViewThatThrowsShowsAMessageInTheShellAndThePluginManagerShowsTheError() {
        openAs("collector");

        navigateTo("broken");

        PluginViewHost page = _get(PluginViewHost.class);
        assertThat(page.findAncestor(MainLayout.class)).as("inside the shell").isNotNull();
        assertThat(_find(page, Paragraph.class)).extracting(Paragraph::getText)
                .containsExactly(PluginViewHost.FAILED_MESSAGE);
        assertThat(PluginViewHost.FAILED_MESSAGE).startsWith("This page could not be opened because its plugin failed.");

        openAs("admin");
        navigateTo("admin/plugins");

        PluginManagerPage.Row viewThrows = PluginManagerPage.row("view-throws");
        assertThat(viewThrows.details()).startsWith("View broken failed: ").contains("boom in view");
        assertThat(viewThrows.state()).isEqualTo("Started");
    }
}
