package app.settle.plugins.disputes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;

/** Small pieces styled like the host's (its global classes {@code settle-badge}, {@code settle-muted}…). */
final class Ui {

    private Ui() {
    }

    /** A badge; variant is success, error or contrast. */
    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassNames("settle-badge", "settle-badge-" + variant);
        return badge;
    }

    static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("settle-muted");
        return span;
    }

    static Span slaBadge(Dispute dispute, LocalDate today, int dueSoonDays) {
        Dispute.Sla sla = dispute.sla(today, dueSoonDays);
        String variant = switch (sla) {
            case BREACHED -> "error";
            case DUE_SOON -> "warning";
            case ON_TIME, DONE -> "contrast";
        };
        Span badge = badge(sla.label(), variant);
        if (sla == Dispute.Sla.DUE_SOON) {
            badge.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff3d6)")
                    .set("color", "var(--lumo-warning-text-color, #8a5a00)");
        }
        return badge;
    }

    static Span statusBadge(DisputeStatus status) {
        return badge(status.label(), switch (status) {
            case OPEN, INVESTIGATING, PENDING_APPROVAL -> "error";
            case UPHELD, REJECTED, WITHDRAWN -> "contrast";
        });
    }

    /** A label and value on one line, for the facts of a dispute. */
    static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("settle-muted");
        name.getStyle().set("min-width", "11rem").set("display", "inline-block");
        Div row = new Div(name, new Span(value));
        row.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return row;
    }
}
