package com.acme.notes;

import app.settle.api.AuditEntry;
import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.jooq.impl.DSL;
import org.pf4j.Extension;

@Extension
public class NotesView implements ViewContribution {

    @Override
    public String route() {
        return "notes";
    }

    @Override
    public String title() {
        return "Team notes";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.COLLECTOR, Role.SUPERVISOR);
    }

    @Override
    public Component createView(HostContext host) {
        Paragraph count = new Paragraph(countText(host));
        count.setId("notes-count");
        Button add = new Button("Add note", click -> {
            host.data().inTransaction(dsl -> {
                dsl.insertInto(DSL.table("notes_entry"))
                        .set(DSL.field("body"), "Called, left message")
                        .set(DSL.field("created_by"), host.currentUser().require().username())
                        .set(DSL.field("created_at"), LocalDateTime.now(host.clock().withZone(ZoneOffset.UTC)))
                        .execute();
                host.audit().record(new AuditEntry("NOTE_ADDED", "notes_entry", null, null, "Called, left message"));
            });
            count.setText(countText(host));
        });
        add.setId("notes-add");
        return new VerticalLayout(count, add);
    }

    private static String countText(HostContext host) {
        int notes = host.data().dsl().fetchCount(DSL.table("notes_entry"));
        return notes + (notes == 1 ? " note" : " notes");
    }
}
