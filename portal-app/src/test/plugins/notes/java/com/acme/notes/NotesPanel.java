package com.acme.notes;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.core.WorkspacePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

/** A workspace panel: what the plugin knows about the open account. */
@Extension
public class NotesPanel implements WorkspacePanel {

    @Override
    public String title() {
        return "Team notes";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.COLLECTOR, Role.SUPERVISOR);
    }

    @Override
    public Component create(HostContext host, long accountId) {
        host.accounts().requireVisible(accountId);
        Paragraph text = new Paragraph("No team notes for account " + accountId + " yet.");
        text.setId("notes-panel");
        return text;
    }
}
