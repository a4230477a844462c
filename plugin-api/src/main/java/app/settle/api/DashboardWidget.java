package app.settle.api;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * A small card a plugin adds to the portal's Home page (for example open disputes by age for supervisors).
 *
 * <p>The host shows the widgets of started plugins, sorted by {@link #order()}, to users whose role is in
 * {@link #allowedRoles()}. {@link #createComponent(HostContext)} runs each time Home opens, on the user's
 * request thread: every query it runs for the user must keep to the user's team scope
 * ({@code host.accounts().visibleToCurrentUser()}). An exception is caught and shown as a failed card; the rest
 * of Home stays usable.
 */
public interface DashboardWidget extends ExtensionPoint {

    /** The card's heading, e.g. "Open disputes". */
    String title();

    /** Position among widgets: lower first. */
    default int order() {
        return 100;
    }

    /** The roles that see the widget; must not be empty. */
    Set<Role> allowedRoles();

    /** Builds the card's content for the current user. */
    Component createComponent(HostContext host);
}
