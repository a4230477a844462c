package app.settle.plugins.disputes;

import app.settle.api.DashboardWidget;
import app.settle.api.HostContext;
import app.settle.api.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The supervisors' Home card "Open disputes": unresolved disputes of their teams with SLA breaches and those due
 * soon, the average days to resolve over the last 90 days, and bars by reason and by age (plain components and
 * CSS: no chart library).
 */
@Extension
public class DisputesWidget implements DashboardWidget {

    @Override
    public String title() {
        return "Open disputes";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<Role> allowedRoles() {
        return DisputeRoles.HANDLERS;
    }

    @Override
    public Component createComponent(HostContext host) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.HANDLERS, "see dispute figures");
        int dueSoonDays = new DisputeService(host).settings().dueSoonDays();
        DisputeStats.Figures figures = new DisputeStats(host).figures(dueSoonDays);
        Div widget = new Div();
        widget.setId("disputes-widget");
        Div numbers = new Div();
        numbers.addClassName("settle-figures");
        numbers.add(figure("Unresolved", String.format("%,d", figures.unresolved()), null, "disputes-widget-unresolved"));
        numbers.add(figure("SLA breached", String.format("%,d", figures.breached()),
                figures.dueSoon() + " due within " + DisputeFormat.days(dueSoonDays), "disputes-widget-breached"));
        numbers.add(figure("Average to resolve", figures.averageDaysToResolve() == null ? "—"
                        : figures.averageDaysToResolve().toPlainString() + " days",
                figures.resolvedInWindow() + " resolved in the last " + DisputeStats.RESOLVED_WINDOW_DAYS + " days",
                "disputes-widget-average"));
        if (figures.breached() > 0) {
            numbers.getChildren().skip(1).findFirst().ifPresent(breached ->
                    breached.getElement().getStyle().set("color", "var(--lumo-error-text-color)"));
        }
        widget.add(numbers);
        widget.add(bars("By reason", figures.byReason().entrySet().stream()
                .map(e -> Map.entry(e.getKey().label(), e.getValue())).toList(), figures.unresolved()));
        widget.add(bars("By age", figures.byAge().entrySet().stream()
                .map(e -> Map.entry(e.getKey().label(), e.getValue())).toList(), figures.unresolved()));
        return widget;
    }

    private static Div figure(String label, String value, String note, String id) {
        Div figure = new Div();
        figure.addClassName("settle-figure");
        figure.setId(id);
        Span labelSpan = new Span(label);
        labelSpan.addClassName("settle-figure-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("settle-figure-value");
        figure.add(labelSpan, valueSpan);
        if (note != null) {
            Span noteSpan = new Span(note);
            noteSpan.addClassName("settle-figure-note");
            figure.add(noteSpan);
        }
        return figure;
    }

    /** Horizontal bars, one per label, as wide as their share of the largest count. */
    private static Div bars(String title, List<Map.Entry<String, Integer>> counts, int total) {
        Div box = new Div();
        box.getStyle().set("margin-top", "var(--lumo-space-m)");
        Div heading = new Div(title);
        heading.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-bottom", "var(--lumo-space-xs)");
        box.add(heading);
        if (total == 0) {
            box.add(Ui.muted("No unresolved disputes."));
            return box;
        }
        int largest = counts.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        for (Map.Entry<String, Integer> count : counts) {
            if (count.getValue() == 0 && title.equals("By reason")) {
                continue;
            }
            Span label = new Span(count.getKey());
            label.getStyle().set("width", "9rem").set("flex", "none").set("font-size", "var(--lumo-font-size-s)");
            Div bar = new Div();
            bar.getStyle().set("height", "0.75rem").set("border-radius", "var(--lumo-border-radius-s)")
                    .set("background", "var(--lumo-primary-color)")
                    .set("width", (count.getValue() == 0 ? 0 : Math.max(2, 100 * count.getValue() / largest)) + "%");
            Div track = new Div(bar);
            track.getStyle().set("flex", "1").set("background", "var(--lumo-contrast-5pct)")
                    .set("border-radius", "var(--lumo-border-radius-s)");
            Span value = new Span(String.format("%,d", count.getValue()));
            value.getStyle().set("width", "3rem").set("text-align", "right").set("font-size", "var(--lumo-font-size-s)");
            Div row = new Div(label, track, value);
            row.addClassName("disputes-widget-bar");
            row.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)")
                    .set("margin", "2px 0");
            box.add(row);
        }
        return box;
    }
}
