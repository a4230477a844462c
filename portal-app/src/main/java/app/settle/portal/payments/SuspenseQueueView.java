package app.settle.portal.payments;

import app.settle.portal.accounts.AccountQueries;
import app.settle.portal.shell.DisplayTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The suspense queue: payments that matched no account or several, oldest first. A user selects one and
 * matches it to an account (it posts there) or rejects it with a reason. Pages by keyset ("Show more").
 */
@Route("payments/suspense")
@PageTitle("Suspense queue")
@Menu(title = "Suspense", order = 40, icon = "vaadin:question-circle-o")
@RolesAllowed({"ADMIN", "SUPERVISOR"})
public class SuspenseQueueView extends VerticalLayout {

    static final int PAGE = 100;

    private final SuspenseQueue queue;
    private final AccountQueries accounts;
    private final Grid<SuspenseItem> grid = new Grid<>(SuspenseItem.class, false);
    private final Button match = new Button("Match to account…");
    private final Button reject = new Button("Reject…");
    private final Button more = new Button("Show more");
    private final Span shown = new Span();
    private final List<SuspenseItem> rows = new ArrayList<>();

    public SuspenseQueueView(SuspenseQueue queue, AccountQueries accounts, DisplayTime display) {
        this.queue = queue;
        this.accounts = accounts;
        setSizeFull();
        grid.addColumn(item -> display.dateTime(item.receivedAt())).setHeader("Received").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> DisplayTime.date(item.paidOn())).setHeader("Paid on").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SuspenseItem::externalRef).setHeader("Payment reference").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> orDash(item.accountRef())).setHeader("Account reference given").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> orDash(item.creditor())).setHeader("Creditor").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.amount().format()).setHeader("Amount").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SuspenseItem::reason).setHeader("Why in suspense").setWidth("20rem").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No payments are waiting in suspense.");
        grid.setSizeFull();
        grid.addSelectionListener(selection -> updateActions());

        match.addThemeVariants(ButtonVariant.PRIMARY);
        match.addClickListener(click -> selected().ifPresent(this::openMatch));
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.addClickListener(click -> selected().ifPresent(this::openReject));
        Span hint = new Span("Select a payment to match it to an account or reject it.");
        hint.addClassName("settle-muted");
        HorizontalLayout actions = new HorizontalLayout(match, reject, hint);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);

        more.addClickListener(click -> loadMore());
        shown.addClassName("settle-muted");
        add(actions, grid, new HorizontalLayout(more, shown));
        reload();
    }

    private Optional<SuspenseItem> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateActions() {
        boolean any = selected().isPresent();
        match.setEnabled(any);
        reject.setEnabled(any);
    }

    private void openMatch(SuspenseItem item) {
        new MatchPaymentDialog(item, queue, accounts, this::reload).open();
    }

    private void openReject(SuspenseItem item) {
        new RejectPaymentDialog(item, queue, this::reload).open();
    }

    private void reload() {
        rows.clear();
        grid.deselectAll();
        loadMore();
    }

    private void loadMore() {
        long after = rows.isEmpty() ? 0 : rows.getLast().id();
        List<SuspenseItem> page = queue.waiting(after, PAGE + 1);
        boolean hasMore = page.size() > PAGE;
        rows.addAll(hasMore ? page.subList(0, PAGE) : page);
        grid.setItems(rows);
        more.setVisible(hasMore);
        shown.setText(ReconciliationView.count(rows.size(), "payment", "payments") + " shown"
                + (hasMore ? "; more are waiting" : ""));
        updateActions();
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
