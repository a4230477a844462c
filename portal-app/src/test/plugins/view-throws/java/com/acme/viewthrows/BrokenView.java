package com.acme.viewthrows;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

@Extension
public class BrokenView implements ViewContribution {

    @Override
    public String route() {
        return "broken";
    }

    @Override
    public String title() {
        return "Broken view";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public Component createView(HostContext host) {
        throw new IllegalStateException("boom in view");
    }
}
