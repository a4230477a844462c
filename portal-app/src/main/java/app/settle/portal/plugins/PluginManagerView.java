package app.settle.portal.plugins;

import app.settle.portal.shell.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The administrator's plugins page: upload a plugin jar, read the verdict of its checks and install or upgrade
 * it without a restart; the list of plugins with what each is, its state and, for a failed one, why; enable,
 * disable and uninstall buttons whose result shows at once and persists across restarts.
 */
@Route("admin/plugins")
@PageTitle("Plugins")
@Menu(title = "Plugins", order = 90, icon = "vaadin:plug")
@RolesAllowed("ADMIN")
public class PluginManagerView extends VerticalLayout {

    private final PluginHost host;
    private final Grid<PluginStatus> grid = new Grid<>(PluginStatus.class, false);
    private final Paragraph summary = new Paragraph();

    public PluginManagerView(PluginHost host) {
        this.host = host;
        setSizeFull();
        summary.addClassName("settle-plugin-summary");
        Paragraph folder = new Paragraph("Plugins folder: " + host.pluginsDir());
        folder.addClassName("settle-hint");

        grid.addColumn(PluginStatus::id).setHeader("Plugin").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(PluginStatus::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PluginStatus::provider).setHeader("Provider").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PluginStatus::requires).setHeader("Requires host API").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(PluginManagerView::stateBadge).setHeader("State").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(PluginManagerView::details).setHeader("Details").setFlexGrow(1);
        grid.addComponentColumn(this::actionButton).setHeader("Action").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::uninstallButton).setHeader("Remove").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText("No plugins installed. Upload a plugin jar above to install one.");
        grid.setSizeFull();
        grid.setMinHeight("20rem");

        add(new PluginUploadPanel(host, change -> changed()), summary, folder, grid);
        refresh();
    }

    private void refresh() {
        List<PluginStatus> statuses = host.statuses();
        grid.setItems(statuses);
        summary.setText(summarize(statuses));
    }

    static String summarize(List<PluginStatus> statuses) {
        if (statuses.isEmpty()) {
            return "No plugins installed.";
        }
        Map<PluginRunState, Long> counts = statuses.stream()
                .collect(Collectors.groupingBy(PluginStatus::state, Collectors.counting()));
        String parts = java.util.Arrays.stream(PluginRunState.values())
                .filter(counts::containsKey)
                .map(state -> counts.get(state) + " " + state.label().toLowerCase())
                .collect(Collectors.joining(", "));
        return statuses.size() + (statuses.size() == 1 ? " plugin: " : " plugins: ") + parts + ".";
    }

    private static Component stateBadge(PluginStatus status) {
        Span badge = new Span(status.state().label());
        badge.addClassNames("settle-state", "settle-state-" + status.state().name().toLowerCase());
        return badge;
    }

    private static Component details(PluginStatus status) {
        Div box = new Div();
        if (status.failure() != null) {
            Span reason = new Span(status.failure());
            reason.addClassName("settle-failure");
            box.add(reason);
        } else if (!status.views().isEmpty()) {
            box.add(new Span((status.description().isBlank() ? "" : status.description() + " ") + "Views: "
                    + String.join(", ", status.views().stream().map(route -> "/" + route).toList())));
        } else {
            box.add(new Span(status.description()));
        }
        return box;
    }

    private Component actionButton(PluginStatus status) {
        boolean running = status.state() == PluginRunState.STARTED;
        boolean loadFailure = status.state() == PluginRunState.FAILED
                && ("—".equals(status.version()) || status.jarFile() == null);
        Button button = new Button(running ? "Disable" : "Enable");
        button.addThemeVariants(running ? ButtonVariant.ERROR : ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        button.setEnabled(!loadFailure);
        button.getElement().setAttribute("aria-label", (running ? "Disable " : "Enable ") + status.id());
        button.addClickListener(click -> toggle(status, running));
        return button;
    }

    private void toggle(PluginStatus status, boolean running) {
        try {
            PluginStatus result = running ? host.disable(status.id()) : host.enable(status.id());
            if (result.state() == PluginRunState.FAILED) {
                notify(status.id() + " could not start: " + result.failure(), NotificationVariant.ERROR);
            } else {
                notify(status.id() + " is now " + result.state().label().toLowerCase() + ".",
                        NotificationVariant.SUCCESS);
            }
        } catch (RuntimeException e) {
            notify("Could not change " + status.id() + ": " + e.getMessage(), NotificationVariant.ERROR);
        }
        changed();
    }

    private Component uninstallButton(PluginStatus status) {
        Button button = new Button("Uninstall");
        button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.getElement().setAttribute("aria-label", "Uninstall " + status.id());
        button.setVisible(status.jarFile() != null);
        button.addClickListener(click -> new UninstallDialog(status, host.dataOf(status.id()),
                purge -> uninstall(status, purge)).open());
        return button;
    }

    private void uninstall(PluginStatus status, boolean purge) {
        try {
            PluginChange change = host.uninstall(status.id(), purge);
            notify(change.message(), change.succeeded() ? NotificationVariant.SUCCESS : NotificationVariant.ERROR);
        } catch (RuntimeException e) {
            notify("Could not uninstall " + status.id() + ": " + e.getMessage(), NotificationVariant.ERROR);
        }
        changed();
    }

    /** After any change: the list, the summary and the menu (a plugin's views come and go) show it. */
    private void changed() {
        refresh();
        MainLayout shell = findAncestor(MainLayout.class);
        if (shell != null) {
            shell.refreshMenu();
        }
    }

    static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
