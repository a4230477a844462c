package app.settle.portal.plugins;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the plugin manager page of the current Karibu UI the way an administrator reads it. */
final class PluginManagerPage {

    /** One grid row as displayed: the texts of its cells. */
    record Row(String plugin, String version, String provider, String requires, String state, String details,
               String action) {
    }

    private PluginManagerPage() {
    }

    /** Every row, keyed by plugin id, in display order. */
    static Map<String, Row> rows() {
        Grid<PluginStatus> grid = grid();
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            PluginStatus item = GridKt._get(grid, i);
            Row row = new Row(cell(grid, "Plugin", item), cell(grid, "Version", item), cell(grid, "Provider", item),
                    cell(grid, "Requires host API", item), cell(grid, "State", item), cell(grid, "Details", item),
                    cell(grid, "Action", item));
            rows.put(row.plugin(), row);
        }
        return rows;
    }

    static Row row(String pluginId) {
        Row row = rows().get(pluginId);
        if (row == null) {
            throw new AssertionError("No row for plugin " + pluginId + " in " + rows().keySet());
        }
        return row;
    }

    /** The line above the grid that counts the plugins by state. */
    static String summary() {
        return _get(Paragraph.class, spec -> spec.withClasses("settle-plugin-summary")).getText();
    }

    /** The button in the plugin's Action cell, as the grid renders it for that row. */
    static Button actionButton(String pluginId) {
        return button(pluginId, "Action");
    }

    /** The Uninstall button in the plugin's Remove cell, as the grid renders it for that row. */
    static Button uninstallButton(String pluginId) {
        return button(pluginId, "Remove");
    }

    private static Button button(String pluginId, String header) {
        Grid<PluginStatus> grid = grid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            PluginStatus item = GridKt._get(grid, i);
            if (item.id().equals(pluginId)) {
                return (Button) render(grid, header, item);
            }
        }
        throw new AssertionError("No row for plugin " + pluginId);
    }

    /** Texts of the notifications currently open. */
    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(PluginManagerPage::text)
                .toList();
    }

    static List<Notification> openNotifications() {
        return NotificationsKt.getNotifications();
    }

    static String text(Notification notification) {
        return notification.getElement().getProperty("text");
    }

    @SuppressWarnings("unchecked")
    private static Grid<PluginStatus> grid() {
        return _get(_get(PluginManagerView.class), Grid.class);
    }

    private static String cell(Grid<PluginStatus> grid, String header, PluginStatus item) {
        Grid.Column<PluginStatus> column = GridKt._getColumnByHeader(grid, header);
        if (column.getRenderer() instanceof ComponentRenderer<?, ?>) {
            return render(grid, header, item).getElement().getTextRecursively();
        }
        return GridKt._getFormatted(column, item);
    }

    @SuppressWarnings("unchecked")
    private static Component render(Grid<PluginStatus> grid, String header, PluginStatus item) {
        Renderer<PluginStatus> renderer = GridKt._getColumnByHeader(grid, header).getRenderer();
        return ((ComponentRenderer<? extends Component, PluginStatus>) renderer).createComponent(item);
    }
}
