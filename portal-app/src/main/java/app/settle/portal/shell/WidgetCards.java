package app.settle.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** Plugin widgets as cards, the same on Home and on the dashboard. */
public final class WidgetCards {

    private WidgetCards() {
    }

    /** The widget in a titled card; a widget that throws shows a short message instead, the page stays usable. */
    public static Component card(DashboardWidgets.Widget widget) {
        Div card = new Div();
        card.addClassNames("settle-card", "settle-widget");
        H3 heading = new H3(widget.title());
        heading.addClassName("settle-card-title");
        card.add(heading);
        try {
            card.add(widget.create());
        } catch (RuntimeException | LinkageError e) {
            Div failed = new Div("This widget could not be shown because its plugin (" + widget.owner()
                    + ") failed. The rest of the page is unaffected.");
            failed.addClassName("settle-plugin-error");
            card.add(failed);
        }
        return card;
    }
}
