package app.settle.portal.plugins;

import app.settle.api.HostContext;
import app.settle.api.UserRef;
import app.settle.api.core.WorkspacePanel;
import app.settle.portal.workspace.WorkspacePanels;
import java.util.List;

/** The account-workspace panels of started plugins; the plugin host adds and removes them. */
@org.springframework.stereotype.Component
class PluginPanels implements WorkspacePanels {

    private final ContributedExtensions<WorkspacePanel> panels =
            new ContributedExtensions<>(WorkspacePanel::allowedRoles, WorkspacePanel::order);

    void add(String pluginId, WorkspacePanel panel, HostContext context) {
        panels.add(pluginId, panel, context);
    }

    void removeAllOf(String pluginId) {
        panels.removeAllOf(pluginId);
    }

    @Override
    public List<Panel> panelsFor(UserRef user) {
        return panels.forRole(user.role()).stream()
                .map(registered -> (Panel) new Panel() {
                    @Override
                    public String title() {
                        return registered.extension().title();
                    }

                    @Override
                    public String owner() {
                        return registered.pluginId();
                    }

                    @Override
                    public com.vaadin.flow.component.Component create(long accountId) {
                        return registered.extension().create(registered.context(), accountId);
                    }
                })
                .toList();
    }
}
