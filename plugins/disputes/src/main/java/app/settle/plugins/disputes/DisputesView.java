package app.settle.plugins.disputes;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import java.util.Set;
import org.pf4j.Extension;

/** The dispute queue for dispute handlers (supervisors and administrators), in the menu as "Disputes". */
@Extension
public class DisputesView implements ViewContribution {

    @Override
    public String route() {
        return "disputes";
    }

    @Override
    public String title() {
        return "Disputes";
    }

    @Override
    public String icon() {
        return "vaadin:scale";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Set<Role> allowedRoles() {
        return DisputeRoles.HANDLERS;
    }

    @Override
    public Component createView(HostContext host) {
        return new DisputeQueue(host);
    }
}
