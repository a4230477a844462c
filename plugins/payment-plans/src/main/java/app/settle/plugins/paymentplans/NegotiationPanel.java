package app.settle.plugins.paymentplans;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.core.Hold;
import app.settle.api.core.Money;
import app.settle.api.core.WorkspacePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The account workspace's "Negotiation" card: the active arrangement with its instalments and actions (letter,
 * modify, cancel), the settlement ladder a collector walks down (each rung opens the record dialog
 * prefilled), and earlier arrangements. After a change the workspace is rebuilt so balance and timeline show it.
 */
@Extension
public class NegotiationPanel implements WorkspacePanel {

    @Override
    public String title() {
        return "Negotiation";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Roles.NEGOTIATORS;
    }

    @Override
    public Component create(HostContext host, long accountId) {
        Plans plans = new Plans(host);
        Account account = Account.require(host.data().dsl(), host.accounts(), accountId, false);
        List<Arrangement> arrangements = plans.forAccount(accountId);
        Div panel = new Div();
        panel.setId("negotiation-panel");
        Arrangement active = arrangements.stream().filter(a -> Status.ACTIVE.contains(a.status())).findFirst()
                .orElse(null);
        Hold hold = hold(host, accountId);
        if (active != null) {
            panel.add(Cards.arrangement(plans, active, true, NegotiationPanel::refresh));
        } else if (hold != null) {
            panel.add(Cards.muted("Collection is on hold (" + hold.reason().label()
                    + "): no promise or plan can be recorded while it lasts."));
        } else if (!account.balance().isPositive()) {
            panel.add(Cards.muted("Nothing to negotiate: the balance is " + account.balance().format() + "."));
        } else {
            panel.add(ladder(plans, account));
        }
        List<Arrangement> earlier = arrangements.stream().filter(a -> a != active).limit(5).toList();
        if (!earlier.isEmpty()) {
            Div history = new Div();
            history.setId("negotiation-history");
            history.add(Cards.muted("Earlier"));
            for (Arrangement a : earlier) {
                Div row = new Div(Cards.status(a), new Span(" " + a.summary()));
                row.addClassName("settle-hold-row");
                history.add(row);
            }
            panel.add(history);
        }
        return panel;
    }

    private static Component ladder(Plans plans, Account account) {
        LocalDate today = account.today(plans.host().clock());
        Guardrails g;
        try {
            g = plans.guardrails();
        } catch (PlanRefusedException e) {
            Span refused = Cards.muted(e.getMessage());
            refused.setId("negotiation-settings-invalid");
            return refused;
        }
        List<Ladder.Rung> rungs = Ladder.offers(account.balance().amount(), g, today.plusDays(7));
        String currency = account.balance().currency().getCurrencyCode();
        Grid<Ladder.Rung> grid = new Grid<>();
        grid.setId("negotiation-ladder");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(Ladder.Rung::label).setHeader("Offer").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(r -> Money.of(r.total(), currency).format()).setHeader("Total").setAutoWidth(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(r -> r.instalments() == 1 ? "one payment" : r.instalments() + " × "
                        + Money.of(r.perInstalment(), currency).format()
                        + (r.last().compareTo(r.perInstalment()) != 0 ? " (last " + Money.of(r.last(), currency).format()
                        + ")" : ""))
                .setHeader("Debtor pays").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button offer = new Button("Record…", click -> new RecordDialog(plans, account, r,
                    NegotiationPanel::refresh).open());
            offer.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            offer.getElement().setAttribute("aria-label", "Record " + r.label());
            return offer;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rungs);
        Div box = new Div();
        box.add(Cards.muted("Balance " + account.balance().format() + " · settlement floor "
                + g.floorPercent().stripTrailingZeros().toPlainString() + "% · promises at most " + g.maxDaysOut()
                + " days out · plans up to " + g.maxPlanMonths() + " months"));
        box.add(grid);
        Button record = new Button("Record an arrangement…", click -> new RecordDialog(plans, account,
                rungs.getFirst(), NegotiationPanel::refresh).open());
        record.addThemeVariants(ButtonVariant.SMALL);
        record.setId("plan-record");
        box.add(record);
        return box;
    }

    /** The first active hold that blocks collection, or null. */
    private static Hold hold(HostContext host, long accountId) {
        return host.holds().active(accountId).stream().filter(Hold::blocksCollection).findFirst().orElse(null);
    }

    /** Rebuilds the workspace view around the panel, so balance, holds and timeline show the change. */
    static void refresh() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.refreshCurrentRoute(false);
        }
    }
}
