package app.settle.portal.payments;

import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.Money;
import app.settle.portal.accounts.AccountQueries;
import app.settle.portal.accounts.AccountQueries.AccountRow;
import app.settle.portal.accounts.ConcurrentChangeException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/**
 * Finds an account the user may see (by reference or debtor name) and posts a suspense payment to it after
 * the user confirms. What the server refuses (another team's account, overpayment, someone was quicker) shows
 * in the dialog, and the payment stays in the queue.
 */
class MatchPaymentDialog extends Dialog {

    static final int MATCHES = 20;

    private final SuspenseItem item;
    private final SuspenseQueue queue;
    private final AccountQueries accounts;
    private final Runnable onMatched;
    private final TextField search = new TextField("Account reference or debtor name");
    private final Grid<AccountRow> grid = new Grid<>(AccountRow.class, false);
    private final Span summary = new Span();
    private final Paragraph error = new Paragraph();
    private final Button post = new Button("Post payment");

    MatchPaymentDialog(SuspenseItem item, SuspenseQueue queue, AccountQueries accounts, Runnable onMatched) {
        this.item = item;
        this.queue = queue;
        this.accounts = accounts;
        this.onMatched = onMatched;
        setHeaderTitle("Match payment " + item.externalRef() + " (" + item.amount().format() + ")");
        setWidth("52rem");

        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> find());
        grid.addColumn(AccountRow::externalRef).setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AccountRow::debtorName).setHeader("Debtor").setFlexGrow(1);
        grid.addColumn(AccountRow::creditorName).setHeader("Creditor").setAutoWidth(true);
        grid.addColumn(row -> row.balance().format()).setHeader("Balance").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(AccountRow::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No account you may see matches.");
        grid.setHeight("16rem");
        grid.addSelectionListener(selection -> showChoice());
        error.addClassName("settle-error-text");
        error.setVisible(false);

        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.setEnabled(false);
        post.addClickListener(click -> postToChosen());
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, post);
        add(new VerticalLayout(search, grid, summary, error));
        search.setValue(item.accountRef() == null ? "" : item.accountRef());
        find();
    }

    private void find() {
        List<AccountRow> found = accounts.search(search.getValue(), 0, MATCHES);
        grid.setItems(found);
        grid.deselectAll();
        showChoice();
    }

    private void showChoice() {
        error.setVisible(false);
        AccountRow chosen = chosen();
        post.setEnabled(chosen != null);
        summary.setText(chosen == null ? "Search, then choose the account this payment is for."
                : "Post " + item.amount().format() + " to account " + chosen.externalRef() + " (" + chosen.debtorName()
                + ", balance " + chosen.balance().format() + ")?");
    }

    private AccountRow chosen() {
        return grid.getSelectedItems().stream().findFirst().orElse(null);
    }

    private void postToChosen() {
        AccountRow chosen = chosen();
        if (chosen == null) {
            return;
        }
        try {
            Money balance = queue.match(item.id(), chosen.id());
            close();
            Notification.show("Posted " + item.amount().format() + " to account " + chosen.externalRef()
                    + ". Balance now " + balance.format() + ".", 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onMatched.run();
        } catch (PaymentRefusedException | ConcurrentChangeException e) {
            showError(e.getMessage());
        } catch (AccountNotVisibleException e) {
            showError("Account " + chosen.externalRef() + " is not among the accounts of your teams.");
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
