package com.vendor.example;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.impl.DSL;
import org.pf4j.Extension;

@Extension
public class ExampleView implements ViewContribution {

    @Override
    public String route() {
        return "vendor-example";
    }

    @Override
    public String title() {
        return "Vendor example";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.ADMIN, Role.SUPERVISOR);
    }

    @Override
    public Component createView(HostContext host) {
        int items = host.data().dsl().fetchCount(DSL.table("external_example_item"));
        int tags = host.data().dsl().fetchCount(DSL.table("external_example_tag"));
        Paragraph text = new Paragraph("Vendor example 1.1.0: " + items + " items, " + tags + " tags.");
        text.setId("vendor-example-text");
        return new VerticalLayout(new H2("Vendor example"), text);
    }
}
