package com.acme.viewthrows;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.core.WorkspacePanel;
import com.vaadin.flow.component.Component;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

@Extension
public class BrokenPanel implements WorkspacePanel {

    @Override
    public String title() {
        return "Broken panel";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public Component create(HostContext host, long accountId) {
        throw new IllegalStateException("boom in panel");
    }
}
