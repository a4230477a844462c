package com.acme.admintools;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import org.pf4j.Extension;

@Extension
public class AdminToolsView implements ViewContribution {

    @Override
    public String route() {
        return "admin-tools";
    }

    @Override
    public String title() {
        return "Admin tools";
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.ADMIN);
    }

    @Override
    public Component createView(HostContext host) {
        Paragraph text = new Paragraph("Admin tools plugin");
        text.setId("admin-tools-text");
        return text;
    }
}
