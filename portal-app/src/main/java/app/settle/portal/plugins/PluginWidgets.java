package app.settle.portal.plugins;

import app.settle.api.DashboardWidget;
import app.settle.api.HostContext;
import app.settle.api.UserRef;
import app.settle.portal.shell.DashboardWidgets;
import java.util.List;

/** The Home-page widgets of started plugins; the plugin host adds and removes them. */
@org.springframework.stereotype.Component
class PluginWidgets implements DashboardWidgets {

    private final ContributedExtensions<DashboardWidget> widgets =
            new ContributedExtensions<>(DashboardWidget::allowedRoles, DashboardWidget::order);

    /** A started plugin's widget as Home sees it. */
    private record Contributed(ContributedExtensions.Contribution<DashboardWidget> contribution) implements Widget {
        @Override
        public String title() {
            return contribution.extension().title();
        }

        @Override
        public String owner() {
            return contribution.pluginId();
        }

        @Override
        public com.vaadin.flow.component.Component create() {
            return contribution.extension().createComponent(contribution.context());
        }
    }

    void add(String pluginId, DashboardWidget widget, HostContext context) {
        widgets.add(pluginId, widget, context);
    }

    void removeAllOf(String pluginId) {
        widgets.removeAllOf(pluginId);
    }

    @Override
    public List<Widget> widgetsFor(UserRef user) {
        return widgets.forRole(user.role()).stream().map(contribution -> (Widget) new Contributed(contribution)).toList();
    }
}
