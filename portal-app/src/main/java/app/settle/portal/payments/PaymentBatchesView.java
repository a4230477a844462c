package app.settle.portal.payments;

import app.settle.portal.shell.DisplayTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/** The imported payment files, newest first; opening one shows its reconciliation report. */
@Route("payments/batches")
@PageTitle("Payment files")
@Menu(title = "Payment files", order = 45, icon = "vaadin:file-text-o")
@RolesAllowed({"ADMIN", "SUPERVISOR"})
public class PaymentBatchesView extends VerticalLayout {

    static final int PAGE = 50;

    private final PaymentBatches batches;
    private final Grid<PaymentBatch> grid = new Grid<>(PaymentBatch.class, false);
    private final Button more = new Button("Show more");
    private final Span shown = new Span();
    private final List<PaymentBatch> rows = new ArrayList<>();

    public PaymentBatchesView(PaymentBatches batches, DisplayTime display) {
        this.batches = batches;
        setSizeFull();
        grid.addColumn(batch -> display.dateTime(batch.importedAt())).setHeader("Imported").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PaymentBatch::fileName).setHeader("File").setFlexGrow(1);
        grid.addColumn(PaymentBatch::importedBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(batch -> statusLabel(batch.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(batch -> String.format("%,d of %,d", batch.validRows(), batch.totalRows()))
                .setHeader("Valid rows").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(batch -> ReconciliationView.amount(batch.controlTotal(), batch.currency(), "none"))
                .setHeader("Control total").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setEmptyStateText("No payment files have been imported yet.");
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::open));
        grid.setSizeFull();

        more.addClickListener(click -> loadMore());
        shown.addClassName("settle-muted");
        add(grid, new HorizontalLayout(more, shown));
        loadMore();
    }

    private void loadMore() {
        long before = rows.isEmpty() ? Long.MAX_VALUE : rows.getLast().id();
        List<PaymentBatch> page = batches.newestFirst(before, PAGE + 1);
        boolean hasMore = page.size() > PAGE;
        rows.addAll(hasMore ? page.subList(0, PAGE) : page);
        grid.setItems(rows);
        more.setVisible(hasMore);
        shown.setText(ReconciliationView.count(rows.size(), "file", "files") + " shown"
                + (hasMore ? "; older files exist" : ""));
    }

    private void open(PaymentBatch batch) {
        getUI().ifPresent(ui -> ui.navigate(ReconciliationView.location(batch.id())));
    }

    private static String statusLabel(String status) {
        return switch (status) {
            case "IMPORTING" -> "Importing";
            case "COMPLETED" -> "Completed";
            case "FAILED" -> "Failed";
            default -> status;
        };
    }
}
