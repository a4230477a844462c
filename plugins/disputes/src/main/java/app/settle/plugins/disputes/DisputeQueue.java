package app.settle.plugins.disputes;

import app.settle.api.HostContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dispute queue: unresolved disputes of the handler's teams, due first, filtered by reason, status, age, SLA
 * and assignment. Breached and due-soon disputes carry a badge; a row opens the dispute's details.
 */
final class DisputeQueue extends VerticalLayout {

    /** A choice of the status filter. */
    private record StatusChoice(String label, boolean unresolvedOnly, DisputeStatus status) {
    }

    private final HostContext host;
    private final DisputeStore store;
    private final int dueSoonDays;
    private final Grid<Dispute> grid = new Grid<>();
    private final ComboBox<DisputeReason> reason = new ComboBox<>("Reason");
    private final ComboBox<StatusChoice> status = new ComboBox<>("Status");
    private final ComboBox<DisputeStats.AgeBand> age = new ComboBox<>("Age");
    private final ComboBox<Dispute.Sla> sla = new ComboBox<>("SLA");
    private final ComboBox<QueueFilter.Assignment> assignment = new ComboBox<>("Assigned");
    private final Span shown = Ui.muted("");

    DisputeQueue(HostContext host) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.HANDLERS, "work the dispute queue");
        this.host = host;
        this.store = new DisputeStore(host);
        this.dueSoonDays = new DisputeService(host).settings().dueSoonDays();
        setSizeFull();
        setId("dispute-queue");
        LocalDate today = store.today();

        reason.setItems(DisputeReason.values());
        reason.setItemLabelGenerator(DisputeReason::label);
        reason.setClearButtonVisible(true);
        reason.setPlaceholder("Any reason");
        List<StatusChoice> statuses = new ArrayList<>(List.of(new StatusChoice("Unresolved", true, null),
                new StatusChoice("All", false, null)));
        for (DisputeStatus each : DisputeStatus.values()) {
            statuses.add(new StatusChoice(each.label(), false, each));
        }
        status.setItems(statuses);
        status.setItemLabelGenerator(StatusChoice::label);
        status.setValue(statuses.getFirst());
        age.setItems(DisputeStats.AgeBand.values());
        age.setItemLabelGenerator(DisputeStats.AgeBand::label);
        age.setClearButtonVisible(true);
        age.setPlaceholder("Any age");
        sla.setItems(Dispute.Sla.BREACHED, Dispute.Sla.DUE_SOON, Dispute.Sla.ON_TIME);
        sla.setItemLabelGenerator(Dispute.Sla::label);
        sla.setClearButtonVisible(true);
        sla.setPlaceholder("Any");
        sla.setId("queue-sla");
        assignment.setItems(QueueFilter.Assignment.values());
        assignment.setItemLabelGenerator(QueueFilter.Assignment::label);
        assignment.setValue(QueueFilter.Assignment.ANYONE);
        for (ComboBox<?> filter : List.of(reason, status, age, sla, assignment)) {
            filter.addValueChangeListener(change -> reload());
            filter.setWidth("12rem");
        }
        reason.setId("queue-reason");
        status.setId("queue-status");
        HorizontalLayout filters = new HorizontalLayout(reason, status, age, sla, assignment, shown);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(Dispute::accountRef).setHeader("Account").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Dispute::debtorName).setHeader("Debtor").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(d -> d.reason().label()).setHeader("Reason").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> (d.wholeDebt() ? "Whole " : "") + d.disputedAmount().format()).setHeader("Disputed")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.receivedVia().label() + ", " + DisputeFormat.date(d.receivedOn())).setHeader("Received")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> DisputeFormat.days(d.ageDays(today))).setHeader("Age").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> DisputeFormat.date(d.dueOn())).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(d -> (Component) Ui.slaBadge(d, today, dueSoonDays)).setHeader("SLA").setKey("sla")
                .setWidth("8.5rem").setFlexGrow(0);
        grid.addComponentColumn(d -> (Component) Ui.statusBadge(d.status())).setHeader("Status").setKey("status")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(d -> d.assignedTo() == null ? "—" : d.assignedTo()).setHeader("Assigned to").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText("No disputes match these filters.");
        grid.setSizeFull();
        grid.addItemClickListener(click -> new DisputeDetailsDialog(host, click.getItem().id(), this::reload).open());
        grid.setId("dispute-grid");
        Span hint = Ui.muted("Click a dispute to see its details, notes and evidence, and to resolve it.");
        add(filters, hint, grid);
        reload();
    }

    private void reload() {
        StatusChoice choice = status.getValue();
        QueueFilter filter = new QueueFilter(reason.getValue(), choice == null || choice.unresolvedOnly(),
                choice == null ? null : choice.status(), age.getValue(), sla.getValue(), assignment.getValue());
        LocalDate today = store.today();
        List<Dispute> rows = store.queue(host.data().dsl(), filter.condition(today, dueSoonDays,
                host.currentUser().require().username()));
        grid.setItems(rows);
        shown.setText(String.format("%,d", rows.size()) + (rows.size() == 1 ? " dispute" : " disputes")
                + (rows.size() >= DisputeStore.QUEUE_LIMIT ? " shown (the first " + DisputeStore.QUEUE_LIMIT
                + " due; narrow the filters)" : ""));
    }
}
