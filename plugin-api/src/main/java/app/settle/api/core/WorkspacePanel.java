package app.settle.api.core;

import app.settle.api.HostContext;
import app.settle.api.Role;
import com.vaadin.flow.component.Component;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * A panel a plugin adds to the account workspace (for example a dispute summary, or a negotiation panel).
 * {@link #create} runs each time the workspace opens an account the user may see, on the user's request
 * thread; an exception is caught and shown as a failed panel, the rest of the workspace stays usable.
 */
public interface WorkspacePanel extends ExtensionPoint {

    String title();

    /** Position among panels: lower first. */
    default int order() {
        return 100;
    }

    /** Roles that see the panel. */
    Set<Role> allowedRoles();

    Component create(HostContext host, long accountId);
}
