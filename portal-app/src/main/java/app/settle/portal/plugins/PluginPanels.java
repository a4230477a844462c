package app.settle.portal.plugins;

import app.settle.api.HostContext;
import app.settle.api.UserRef;
import app.settle.api.core.WorkspacePanel;
import app.settle.portal.workspace.WorkspacePanels;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The account-workspace panels of started plugins; the plugin host adds and removes them. */
@org.springframework.stereotype.Component
class PluginPanels implements WorkspacePanels {

    private final List<Registered> panels = new CopyOnWriteArrayList<>();

    private record Registered(String pluginId, WorkspacePanel panel, HostContext context) {
    }

    void add(String pluginId, WorkspacePanel panel, HostContext context) {
        panels.add(new Registered(pluginId, panel, context));
    }

    void removeAllOf(String pluginId) {
        panels.removeIf(registered -> registered.pluginId().equals(pluginId));
    }

    @Override
    public List<Panel> panelsFor(UserRef user) {
        return panels.stream()
                .filter(registered -> registered.panel().allowedRoles().contains(user.role()))
                .sorted(Comparator.comparingInt(registered -> registered.panel().order()))
                .map(registered -> (Panel) new Panel() {
                    @Override
                    public String title() {
                        return registered.panel().title();
                    }

                    @Override
                    public String owner() {
                        return registered.pluginId();
                    }

                    @Override
                    public com.vaadin.flow.component.Component create(long accountId) {
                        return registered.panel().create(registered.context(), accountId);
                    }
                })
                .toList();
    }
}
