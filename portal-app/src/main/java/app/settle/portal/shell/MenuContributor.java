package app.settle.portal.shell;

import app.settle.api.UserRef;
import java.util.List;

/**
 * Adds entries to the side menu at run time. Implementations are Spring beans; the shell asks them on
 * every navigation, so entries appear and disappear as plugins start and stop. Only entries the user
 * may open are returned.
 */
public interface MenuContributor {

    List<ShellMenuItem> menuItemsFor(UserRef user);
}
