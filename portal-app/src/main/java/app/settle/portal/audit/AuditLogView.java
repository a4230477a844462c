package app.settle.portal.audit;

import app.settle.portal.shell.DisplayTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only audit trail, newest first, filtered by who, what, which record and when. Read-only: the
 * database refuses changes to it. Pages by keyset ("Show more").
 */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 95, icon = "vaadin:records")
@RolesAllowed({"ADMIN", "SUPERVISOR"})
public class AuditLogView extends VerticalLayout {

    static final int PAGE = 100;

    private final AuditTrail audit;
    private final DisplayTime display;
    private final TextField actor = new TextField("Who");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final TextField entityType = new TextField("Record type");
    private final TextField entityId = new TextField("Record id");
    private final DatePicker from = new DatePicker("From (UTC)");
    private final DatePicker to = new DatePicker("To (UTC)");
    private final Grid<AuditRecord> grid = new Grid<>(AuditRecord.class, false);
    private final Button more = new Button("Show more");
    private final Span shown = new Span();
    private final List<AuditRecord> rows = new ArrayList<>();

    public AuditLogView(AuditTrail audit, DisplayTime display) {
        this.audit = audit;
        this.display = display;
        setSizeFull();
        action.setItems(audit.actions());
        action.setClearButtonVisible(true);
        for (TextField field : List.of(actor, entityType, entityId)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(change -> reload());
        }
        action.addValueChangeListener(change -> reload());
        from.addValueChangeListener(change -> reload());
        to.addValueChangeListener(change -> reload());
        Button clear = new Button("Clear filters", click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout filters = new HorizontalLayout(actor, action, entityType, entityId, from, to, clear);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(row -> display.dateTime(row.occurredAt())).setHeader("When (" + display.zone().getId() + ")")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.entityType() + (row.entityId() == null ? "" : " " + row.entityId()))
                .setHeader("Record").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.before() == null ? "—" : row.before()).setHeader("Before").setFlexGrow(1);
        grid.addColumn(row -> row.after() == null ? "—" : row.after()).setHeader("After").setFlexGrow(1);
        grid.addColumn(AuditRecord::source).setHeader("Source").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No audit rows match these filters.");
        grid.setSizeFull();

        more.addClickListener(click -> loadMore());
        shown.addClassName("settle-muted");
        add(filters, grid, new HorizontalLayout(more, shown));
        reload();
    }

    private void clearFilters() {
        actor.clear();
        action.clear();
        entityType.clear();
        entityId.clear();
        from.clear();
        to.clear();
    }

    private void reload() {
        rows.clear();
        loadMore();
    }

    private void loadMore() {
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("The end is before the start");
            return;
        }
        to.setInvalid(false);
        long before = rows.isEmpty() ? Long.MAX_VALUE : rows.getLast().id();
        List<AuditRecord> page = audit.search(new AuditFilter(actor.getValue(), action.getValue(),
                entityType.getValue(), entityId.getValue(), from.getValue(), to.getValue()), before, PAGE + 1);
        boolean hasMore = page.size() > PAGE;
        rows.addAll(hasMore ? page.subList(0, PAGE) : page);
        grid.setItems(rows);
        more.setVisible(hasMore);
        shown.setText(String.format("%,d rows shown%s", rows.size(), hasMore ? "; older rows match" : ""));
    }
}
