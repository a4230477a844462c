package app.settle.portal.workspace;

import app.settle.portal.accounts.AccountFilter;
import app.settle.portal.accounts.AccountQueries;
import app.settle.portal.accounts.AccountQueries.AccountRow;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds accounts the user may see by reference, debtor name or phone, and opens one. Pages by keyset ("Show
 * more" continues after the last id shown), so it stays fast on a large portfolio and never counts rows.
 */
@Route("accounts")
@PageTitle("Accounts")
@Menu(title = "Accounts", order = 20, icon = "vaadin:folder-open")
@RolesAllowed({"COLLECTOR", "SUPERVISOR", "ADMIN", "TRAINEE"})
public class AccountsView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 50;

    private final AccountQueries accounts;
    private final TextField search = new TextField();
    private final Grid<AccountRow> grid = new Grid<>(AccountRow.class, false);
    private final Button more = new Button("Show more");
    private final Span shown = new Span();
    private final List<AccountRow> rows = new ArrayList<>();
    private final Span filterText = new Span();
    private final HorizontalLayout filterBar;
    private AccountFilter filter = AccountFilter.NONE;

    public AccountsView(AccountQueries accounts) {
        this.accounts = accounts;
        setSizeFull();
        search.setPlaceholder("Account reference, debtor name or phone");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("24rem");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> reload());
        search.setId("account-search");
        search.addKeyPressListener(Key.ENTER, press -> openFirst());

        grid.addColumn(AccountRow::externalRef).setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AccountRow::debtorName).setHeader("Debtor").setFlexGrow(1);
        grid.addColumn(AccountRow::creditorName).setHeader("Creditor").setAutoWidth(true);
        grid.addColumn(row -> row.balance().format()).setHeader("Balance").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(row -> String.format("%,d", row.daysPastDue())).setHeader("Days past due")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(AccountRow::state).setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText("No accounts match.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::open));
        grid.setSizeFull();

        more.addClickListener(click -> loadMore());
        shown.addClassName("settle-muted");
        Button clear = new Button("Clear filter", VaadinIcon.CLOSE_SMALL.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("accounts")));
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        filterText.setId("account-filter");
        filterBar = new HorizontalLayout(VaadinIcon.FILTER.create(), filterText, clear);
        filterBar.setAlignItems(Alignment.CENTER);
        filterBar.addClassName("settle-filter-bar");
        filterBar.setVisible(false);
        add(new HorizontalLayout(search), filterBar, grid, new HorizontalLayout(more, shown));
    }

    /** Takes a drill-down filter from the URL (dashboard numbers link here); no filter shows all visible accounts. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = AccountFilter.from(event.getLocation().getQueryParameters());
        filterBar.setVisible(!filter.isEmpty());
        filterText.setText(filter.isEmpty() ? "" : "Showing " + filter.describe(accounts.teamNames()));
        reload();
    }

    private void reload() {
        rows.clear();
        loadMore();
    }

    private void loadMore() {
        long after = rows.isEmpty() ? 0 : rows.getLast().id();
        List<AccountRow> page = accounts.search(search.getValue(), filter, after, PAGE + 1);
        boolean hasMore = page.size() > PAGE;
        rows.addAll(hasMore ? page.subList(0, PAGE) : page);
        grid.setItems(rows);
        more.setVisible(hasMore);
        shown.setText(String.format("%,d accounts shown%s", rows.size(), hasMore ? "; more match" : ""));
    }

    private void openFirst() {
        if (!rows.isEmpty()) {
            open(rows.getFirst());
        }
    }

    private void open(AccountRow row) {
        getUI().ifPresent(ui -> ui.navigate("accounts/" + row.id()));
    }
}
