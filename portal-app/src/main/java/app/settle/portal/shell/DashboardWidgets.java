package app.settle.portal.shell;

import app.settle.api.UserRef;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Cards added to the Home page at run time (by plugins). Implemented outside this package and asked each time
 * Home opens, so widgets come and go as plugins start and stop.
 */
public interface DashboardWidgets {

    /** The widgets the user's role may see, in display order. */
    List<Widget> widgetsFor(UserRef user);

    /** A titled card; {@link #create} builds its content for the current user and may throw. */
    interface Widget {
        String title();

        String owner();

        Component create();
    }
}
