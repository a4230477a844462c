package app.settle.portal.plugins;

import app.settle.api.CurrentUser;
import app.settle.api.UserRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The route target of every plugin view. Refuses users whose role the view does not allow (the same
 * "not allowed" page as host views), builds the plugin's content through its {@code createView}, and
 * contains a plugin's failure there: the user sees a message in the shell, the plugin manager the error.
 */
@PermitAll
public class PluginViewHost extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String FAILED_MESSAGE = "This page could not be opened because its plugin failed."
            + " The administrator can see the error on the plugin manager page.";

    private final PluginViews views;
    private final CurrentUser currentUser;
    private final PluginHost host;
    private String title = "Settle";

    public PluginViewHost(PluginViews views, CurrentUser currentUser, PluginHost host) {
        this.views = views;
        this.currentUser = currentUser;
        this.host = host;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String route = event.getLocation().getPath();
        Optional<PluginViews.RegisteredView> found = views.find(route);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        PluginViews.RegisteredView view = found.get();
        UserRef user = currentUser.get().orElse(null);
        if (user == null || !view.allows(user)) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        title = view.contribution().title();
        try {
            Component content = view.contribution().createView(view.context());
            add(content);
        } catch (RuntimeException | LinkageError e) {
            host.reportViewFailure(view.pluginId(), route, e);
            Paragraph message = new Paragraph(FAILED_MESSAGE);
            Div box = new Div(message);
            box.addClassName("settle-plugin-error");
            add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
