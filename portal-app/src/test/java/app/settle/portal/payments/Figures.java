package app.settle.portal.payments;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Reads the figures of the current view (label, value, note) as a user sees them. */
final class Figures {

    private Figures() {
    }

    /** The value and note of the figure with this label, joined by " · ". */
    static String figure(String label) {
        return _find(Div.class, spec -> spec.withClasses("settle-figure")).stream()
                .map(div -> div.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).toList())
                .filter(texts -> texts.getFirst().equals(label))
                .map(texts -> String.join(" · ", texts.subList(1, texts.size())))
                .findFirst().orElseThrow(() -> new AssertionError("No figure labelled " + label));
    }
}
