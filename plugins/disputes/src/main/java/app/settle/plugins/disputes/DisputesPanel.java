package app.settle.plugins.disputes;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.core.WorkspacePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The account workspace's "Disputes" card: the account's disputes with status, due date, SLA and hold, a details
 * button each, and "Open dispute". Collectors work disputes from here (their own accounts, by team scope);
 * handlers also have the queue. After a change the workspace is rebuilt, so its Holds card and timeline show it.
 */
@Extension
public class DisputesPanel implements WorkspacePanel {

    @Override
    public String title() {
        return "Disputes";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<Role> allowedRoles() {
        return DisputeRoles.WORKERS;
    }

    @Override
    public Component create(HostContext host, long accountId) {
        DisputeService service = new DisputeService(host);
        DisputeStore store = new DisputeStore(host);
        AccountFacts account = AccountFacts.require(host.data().dsl(), host.accounts(), accountId, false);
        List<Dispute> disputes = store.forAccount(host.data().dsl(), accountId);
        LocalDate today = store.today();
        int dueSoon = service.settings().dueSoonDays();
        Div panel = new Div();
        panel.setId("disputes-panel");
        if (disputes.isEmpty()) {
            panel.add(Ui.muted("No disputes on this account."));
        }
        for (Dispute dispute : disputes) {
            Div row = new Div();
            row.addClassName("settle-hold-row");
            row.addClassName("dispute-row");
            Span what = new Span("#" + dispute.id() + " " + dispute.reason().label() + " · "
                    + (dispute.wholeDebt() ? "whole debt " : "") + dispute.disputedAmount().format() + " · received "
                    + DisputeFormat.date(dispute.receivedOn())
                    + (dispute.status().resolved() ? "" : " · due " + DisputeFormat.date(dispute.dueOn())));
            row.add(Ui.statusBadge(dispute.status()));
            if (!dispute.status().resolved()) {
                row.add(Ui.slaBadge(dispute, today, dueSoon));
                if (dispute.holdId() != null) {
                    row.add(Ui.badge("Collection on hold", "error"));
                }
            }
            row.add(what);
            Button details = new Button("Details", click -> new DisputeDetailsDialog(host, dispute.id(),
                    DisputesPanel::refreshWorkspace).open());
            details.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            details.addClassName("dispute-details");
            row.add(details);
            panel.add(row);
        }
        Button open = new Button("Open dispute", click -> new OpenDisputeDialog(service, account, today,
                opened -> refreshWorkspace()).open());
        open.addThemeVariants(ButtonVariant.SMALL);
        open.setId("dispute-open");
        panel.add(open);
        return panel;
    }

    /** Rebuilds the workspace view around the panel, so holds, balance and timeline show the change. */
    private static void refreshWorkspace() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.refreshCurrentRoute(false);
        }
    }
}
