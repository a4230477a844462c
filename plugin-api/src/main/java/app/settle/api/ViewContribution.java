package app.settle.api;

import com.vaadin.flow.component.Component;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * A screen a plugin adds to the portal, shown inside the portal's shell with a menu entry.
 *
 * <p>The host registers the route when the plugin starts and removes it when the plugin stops. Only users
 * whose role is in {@link #allowedRoles()} see the menu entry; anybody else who types the URL is refused,
 * like for the host's own views. {@link #createView(HostContext)} runs on each navigation to the route, on
 * the user's request thread; an exception there is caught and shown as an error message in the shell.
 */
public interface ViewContribution extends ExtensionPoint {

    /**
     * The URL path, relative to the portal root: lower-case letters, digits, '-' and '/', e.g.
     * {@code acme/notes}. It must not clash with a host route or another plugin's.
     */
    String route();

    /** The menu entry and page title, e.g. "My worklist". */
    String title();

    /** A Vaadin icon name ({@code vaadin:<name>}) for the menu entry. */
    default String icon() {
        return "vaadin:puzzle-piece";
    }

    /** Position in the menu: lower comes first; host views use 0 to 99. */
    default int order() {
        return 100;
    }

    /** The roles that may open this view; must not be empty. */
    Set<Role> allowedRoles();

    /** Builds the view's content for one navigation. */
    Component createView(HostContext host);
}
