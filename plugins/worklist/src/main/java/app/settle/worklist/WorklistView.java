package app.settle.worklist;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.api.ViewContribution;
import app.settle.api.core.AgingBucket;
import app.settle.api.core.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * "My worklist": the collector's queue, callbacks due and accounts callable now first, each row saying why it is
 * where it is (status and score broken down). Filters narrow the queue; "Show more" continues by keyset. Next
 * account (Alt+N) opens the best account the guard allows calling now.
 */
@Extension
public class WorklistView implements ViewContribution {

    static final int PAGE = 50;

    @Override
    public String route() {
        return "worklist";
    }

    @Override
    public String title() {
        return "My worklist";
    }

    @Override
    public String icon() {
        return "vaadin:list-ol";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Access.WORKERS;
    }

    @Override
    public Component createView(HostContext host) {
        return new Screen(host);
    }

    /** The screen for one navigation. */
    static final class Screen extends VerticalLayout {

        private final HostContext host;
        private final UserRef user;
        private final Places places;
        private final Select<QueueDefinition> queue = new Select<>();
        private final ComboBox<AgingBucket> bucket = new ComboBox<>("Aging");
        private final BigDecimalField balanceMin = new BigDecimalField("Balance from");
        private final TextField state = new TextField("State");
        private final Checkbox callableOnly = new Checkbox("Callable now only");
        private final Grid<WorklistRow> grid = new Grid<>();
        private final Button more = new Button("Show more");
        private final Span shown = new Span();
        private final Paragraph explanation = new Paragraph();
        private final List<WorklistRow> rows = new ArrayList<>();
        private Cursor next;
        private WorklistSort sort = WorklistSort.QUEUE;
        private Grid.Column<WorklistRow> rankColumn;

        Screen(HostContext host) {
            this.host = host;
            this.user = Access.requireWorker(host);
            this.places = WorkSession.places(host);
            setSizeFull();
            addClassName("worklist-view");

            List<QueueDefinition> queues = new Queues(host).workedBy(user);
            queue.setLabel("Queue");
            queue.setItems(queues);
            queue.setItemLabelGenerator(QueueDefinition::name);
            queue.setId("worklist-queue");
            WorkSession.currentQueue(host, user).ifPresent(queue::setValue);
            queue.addValueChangeListener(change -> {
                WorkSession.choose(change.getValue());
                reload();
            });
            bucket.setItems(AgingBucket.values());
            bucket.setItemLabelGenerator(AgingBucket::label);
            bucket.setClearButtonVisible(true);
            bucket.setWidth("9rem");
            bucket.addValueChangeListener(change -> reload());
            balanceMin.setWidth("9rem");
            balanceMin.setValueChangeMode(ValueChangeMode.LAZY);
            balanceMin.addValueChangeListener(change -> reload());
            state.setWidth("5rem");
            state.setMaxLength(2);
            state.setValueChangeMode(ValueChangeMode.LAZY);
            state.addValueChangeListener(change -> reload());
            callableOnly.addValueChangeListener(change -> reload());
            Button nextAccount = new Button("Next account", VaadinIcon.PHONE.create(), click -> WorkSession.openNext(host));
            nextAccount.addThemeVariants(ButtonVariant.PRIMARY);
            nextAccount.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
            nextAccount.getElement().setAttribute("title", "Open the best account you may call now (Alt+N)");
            nextAccount.setId("worklist-next");
            HorizontalLayout toolbar = new HorizontalLayout(queue, bucket, balanceMin, state, callableOnly, nextAccount);
            toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            toolbar.setWidthFull();
            toolbar.getStyle().set("flex-wrap", "wrap");

            explanation.addClassName("settle-muted");
            explanation.setId("worklist-explanation");
            configureGrid();
            more.addClickListener(click -> loadMore());
            more.setId("worklist-more");
            shown.addClassName("settle-muted");
            add(toolbar, explanation, grid, new HorizontalLayout(more, shown));
            if (queues.isEmpty()) {
                explanation.setText("No queue is assigned to you yet: ask your supervisor.");
            }
            reload();
        }

        private void configureGrid() {
            Instant now = host.clock().instant();
            // a template, not a component per row: 50 rows cost no component trees in the session; the debtor's local
            // time shares the column (each column costs the session some kilobytes)
            grid.addColumn(LitRenderer.<WorklistRow>of(
                            "<span class=\"settle-badge settle-badge-${item.variant}\">${item.status}</span>"
                                    + " <span class=\"settle-muted\">${item.local}</span>")
                    .withProperty("status", row -> places.status(row, now))
                    .withProperty("variant", Screen::variant)
                    .withProperty("local", row -> places.localTime(row.timeZone(), now)
                            + (row.state() == null ? "" : " · " + row.state())))
                    .setKey("now").setHeader("Now · local time").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(WorklistRow::externalRef).setKey("account").setHeader("Account").setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(WorklistRow::debtorName).setHeader("Debtor").setWidth("10rem").setFlexGrow(1);
            grid.addColumn(row -> new Money(row.balance(), java.util.Currency.getInstance(row.currency())).format())
                    .setKey("balance").setSortProperty("balance").setSortable(true)
                    .setHeader("Balance").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(row -> Numbers.count(row.daysPastDue())).setKey("pastDue").setSortProperty("pastDue")
                    .setSortable(true).setHeader("Past due")
                    .setTooltipGenerator(row -> Numbers.count(row.daysPastDue()) + " days past due")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
            rankColumn = grid.addColumn(WorklistRow::rankPoints).setKey("rank").setHeader("Rank")
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0)
                    .setTooltipGenerator(row -> "Weighted: balance, days past due and promise points, the score and"
                            + " recency, each times its weight in the queue");
            grid.addColumn(WorklistRow::scoreExplanation).setKey("why").setSortProperty("why").setSortable(true)
                    .setHeader("Score = points per component")
                    .setWidth("18rem").setFlexGrow(2).setTooltipGenerator(row -> places.status(row, now) + ". Score "
                            + row.scoreExplanation() + ".");
            grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
            grid.setEmptyStateText("Nothing to work in this queue with these filters.");
            grid.addItemClickListener(click -> UI.getCurrent().navigate("accounts/" + click.getItem().accountId()));
            grid.addSelectionListener(selection -> selection.getFirstSelectedItem()
                    .ifPresent(row -> UI.getCurrent().navigate("accounts/" + row.accountId())));
            // the database sorts (each part of the list, keyset paging); the grid only shows the rows in that order
            grid.addSortListener(event -> {
                var order = event.getSortOrder();
                sort = order.isEmpty() ? WorklistSort.QUEUE : WorklistSort.of(order.getFirst().getSorted().getKey(),
                        order.getFirst().getDirection() == SortDirection.DESCENDING);
                reload();
            });
            grid.setMultiSort(false);
            grid.setSizeFull();
            grid.setId("worklist-grid");
        }

        private static String variant(WorklistRow row) {
            return row.section() == WorklistRow.Section.LATER ? "contrast" : "success";
        }

        private void reload() {
            rows.clear();
            next = null;
            if (queue.getValue() == null) {
                grid.setItems(DataProvider.ofCollection(List.<WorklistRow>of()));
                more.setVisible(false);
                return;
            }
            QueueDefinition q = queue.getValue();
            rankColumn.setVisible(q.ranking() == QueueRanking.WEIGHTED);
            String order = sort == WorklistSort.QUEUE
                    ? "in the order of " + q.name() + " (" + q.ranking().label().toLowerCase() + ")"
                    : sort.label() + " (click the column header again to reverse it, a third time for the order of "
                    + q.name() + ")";
            explanation.setText("Callbacks due first, then accounts you may call now, then the rest; each part "
                    + order + ". Filters: " + q.describe() + ".");
            loadMore();
        }

        private void loadMore() {
            WorklistFilter filter;
            try {
                filter = new WorklistFilter(bucket.getValue(), balanceMin.getValue(), state.getValue(),
                        callableOnly.getValue());
                state.setInvalid(false);
            } catch (IllegalArgumentException e) {
                state.setErrorMessage(e.getMessage());
                state.setInvalid(true);
                return;
            }
            WorklistQuery.Page page = new WorklistQuery(host).page(queue.getValue(), user, filter, sort, next, PAGE);
            rows.addAll(page.rows());
            next = page.next();
            // rows in the database's order: a provider that does not sort again in memory
            grid.setItems(DataProvider.fromCallbacks(query -> rows.stream().skip(query.getOffset()).limit(query.getLimit()),
                    query -> rows.size()));
            more.setVisible(next != null);
            shown.setText(Numbers.count(rows.size()) + " shown" + (next == null ? "" : "; more after these"));
        }
    }
}
