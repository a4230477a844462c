package app.settle.portal.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** Small building blocks of the workspace: titled cards, figures and badges. */
final class Cards {

    private Cards() {
    }

    static Div card(String title, Component... content) {
        Div card = new Div();
        card.addClassName("settle-card");
        H3 heading = new H3(title);
        heading.addClassName("settle-card-title");
        card.add(heading);
        card.add(content);
        return card;
    }

    static Div figure(String label, String value, String note) {
        Div figure = new Div();
        figure.addClassName("settle-figure");
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
}
