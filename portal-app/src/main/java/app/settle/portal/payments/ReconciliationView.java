package app.settle.portal.payments;

import app.settle.api.core.Money;
import app.settle.portal.shell.DisplayTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The reconciliation report of one payment file: how many payments were posted, wait in suspense, were
 * rejected or had been received before, with their sums, and whether the file's control total agrees.
 * Other screens link here with {@link #location(long)}.
 */
@Route("payments/batches/:batchId([0-9]{1,18})")
@PageTitle("Payment file reconciliation")
@RolesAllowed({"ADMIN", "SUPERVISOR"})
public class ReconciliationView extends VerticalLayout implements BeforeEnterObserver {

    private final PaymentBatches batches;
    private final Reconciliation reconciliation;
    private final DisplayTime display;

    public ReconciliationView(PaymentBatches batches, Reconciliation reconciliation, DisplayTime display) {
        this.batches = batches;
        this.reconciliation = reconciliation;
        this.display = display;
        setWidthFull();
    }

    /** The route of a payment file's reconciliation report, for {@code UI.navigate} or a link. */
    public static String location(long batchId) {
        return "payments/batches/" + batchId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long batchId = event.getRouteParameters().getLong("batchId").orElse(-1L);
        Optional<PaymentBatch> batch = batches.find(batchId);
        if (batch.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no payment file " + batchId + ".");
            return;
        }
        render(batch.get(), reconciliation.forBatch(batchId));
    }

    private void render(PaymentBatch batch, ReconciliationReport report) {
        String currency = batch.currency();
        removeAll();
        H2 name = new H2(batch.fileName());
        Span facts = new Span("Imported " + display.dateTime(batch.importedAt()) + " by " + batch.importedBy()
                + String.format(" · %,d of %,d rows valid", batch.validRows(), batch.totalRows()));
        facts.addClassName("settle-muted");
        Div figures = new Div(
                figure("Posted", report.matched(), report.matchedTotal(), currency),
                figure("In suspense", report.inSuspense(), report.suspenseTotal(), currency),
                figure("Rejected", report.rejected(), report.rejectedTotal(), currency),
                figure("Received before (duplicates)", report.duplicates(), null, currency),
                figure("File total", -1, report.fileTotal(), currency),
                figure("Control total", -1, report.controlTotal(), currency));
        figures.addClassName("settle-figures");
        add(new RouterLink("← All payment files", PaymentBatchesView.class), name, facts, totalsBadge(report, currency),
                figures);
        if (report.inSuspense() > 0) {
            add(new RouterLink("Work the " + count(report.inSuspense(), "payment", "payments") + " in suspense",
                    SuspenseQueueView.class));
        }
    }

    private static Component totalsBadge(ReconciliationReport report, String currency) {
        Span badge = new Span();
        badge.setId("totals-badge");
        if (report.controlTotal() == null) {
            badge.setText("No control total in the file");
            badge.addClassNames("settle-badge", "settle-badge-contrast");
        } else if (report.totalsAgree()) {
            badge.setText("Totals agree");
            badge.addClassNames("settle-badge", "settle-badge-success");
        } else {
            BigDecimal difference = report.controlTotal().subtract(report.fileTotal()).abs();
            badge.setText("Totals differ by " + amount(difference, currency, "0"));
            badge.addClassNames("settle-badge", "settle-badge-error");
        }
        return badge;
    }

    private static Div figure(String label, int count, BigDecimal total, String currency) {
        Span labelText = new Span(label);
        labelText.addClassName("settle-figure-label");
        String value = count >= 0 ? String.format("%,d", count) : amount(total, currency, "none");
        Span valueText = new Span(value);
        valueText.addClassName("settle-figure-value");
        Div figure = new Div(labelText, valueText);
        if (count >= 0 && total != null) {
            Span note = new Span(amount(total, currency, "0"));
            note.addClassName("settle-figure-note");
            figure.add(note);
        }
        figure.addClassName("settle-figure");
        return figure;
    }

    /** "1 payment", "1,024 payments". */
    static String count(int count, String one, String many) {
        return String.format("%,d %s", count, count == 1 ? one : many);
    }

    /** An amount as people read it ("$1,234.50"); plain digits when the currency is not known yet. */
    static String amount(BigDecimal value, String currency, String whenNull) {
        if (value == null) {
            return whenNull;
        }
        return currency == null ? String.format("%,.2f", value) : Money.of(value, currency).format();
    }
}
