package app.settle.portal.workspace;

import app.settle.api.UserRef;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Panels added to the account workspace at run time (by plugins). Implemented outside this package and
 * asked on every opening of an account, so panels come and go as plugins start and stop.
 */
public interface WorkspacePanels {

    List<Panel> panelsFor(UserRef user);

    /** A titled panel; {@link #create} builds it for one account and may throw. */
    interface Panel {
        String title();

        String owner();

        Component create(long accountId);
    }
}
