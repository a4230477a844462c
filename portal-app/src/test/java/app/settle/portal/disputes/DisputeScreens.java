package app.settle.portal.disputes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What a user does on the disputes plugin's screens, for Karibu tests: the plugin's classes load only through PF4J,
 * so choices are made by the labels users read, and components are found by their ids.
 */
final class DisputeScreens {

    private DisputeScreens() {
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    /** Chooses the item with this label (or, for a label ending in '*', the first that starts with the rest). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void choose(String id, String label) {
        Component field = _get(Component.class, spec -> spec.withId(id));
        switch (field) {
            case ComboBox box -> box.setValue(item(box.getListDataView().getItems(), box.getItemLabelGenerator(), label));
            case RadioButtonGroup group -> group.setValue(item(group.getListDataView().getItems(),
                    group.getItemLabelGenerator(), label));
            case Select select -> select.setValue(item(select.getListDataView().getItems(),
                    select.getItemLabelGenerator(), label));
            default -> throw new AssertionError(id + " is not a choice: " + field);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object item(Stream<?> items, ItemLabelGenerator labels, String label) {
        List<?> all = items.toList();
        return all.stream().filter(item -> label.endsWith("*") ? labels.apply(item).toString()
                        .startsWith(label.substring(0, label.length() - 1)) : label.equals(labels.apply(item))).findFirst()
                .orElseThrow(() -> new AssertionError("No choice '" + label + "' among "
                        + all.stream().map(item -> labels.apply(item)).toList()));
    }

    @SuppressWarnings("unchecked")
    static <V> void fill(String id, V value) {
        Component field = _get(Component.class, spec -> spec.withId(id));
        ((com.vaadin.flow.component.HasValue<?, V>) field).setValue(value);
    }

    /** Texts of the notifications open now, then closes them so the next action's stand alone. */
    static List<String> notifications() {
        List<Notification> open = NotificationsKt.getNotifications();
        List<String> texts = open.stream().map(n -> n.getElement().getProperty("text")).toList();
        open.forEach(Notification::close);
        NotificationsKt.clearNotifications();
        return texts;
    }

    static Grid<?> queue() {
        return _get(Grid.class, spec -> spec.withId("dispute-grid"));
    }

    /** The queue's rows as the user reads them (cell texts; badge columns are components and read empty). */
    static List<List<String>> queueRows() {
        Grid<?> grid = queue();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i)).toList();
    }

    /** Opens the details of the queue row of this account. */
    static void openFromQueue(String accountRef) {
        GridKt._clickItem(queue(), queueRowOf(accountRef), 0, false, false, false, false);
    }

    /** The SLA badge's text in the queue row of this account. */
    static String slaInQueue(String accountRef) {
        return ((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(queue(), queueRowOf(accountRef), "sla"))
                .getText();
    }

    private static int queueRowOf(String accountRef) {
        Grid<?> grid = queue();
        return IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._getFormattedRow(grid, i).getFirst().equals(accountRef)).findFirst()
                .orElseThrow(() -> new AssertionError("No dispute of " + accountRef + " in the queue: " + queueRows()));
    }
}
