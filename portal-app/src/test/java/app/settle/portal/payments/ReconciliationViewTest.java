package app.settle.portal.payments;

import static app.settle.portal.payments.Figures.figure;
import static app.settle.portal.payments.PaymentFixtures.payment;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.PortalUiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment files list and a file's reconciliation report on screen, browser-free. */
class ReconciliationViewTest extends PortalUiTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PaymentPosting posting;

    PaymentFixtures payments;
    String accountRef;

    @BeforeEach
    void anAccount() {
        payments = new PaymentFixtures(dsl);
        accountRef = "RV-" + System.nanoTime();
        new CoreFixtures(dsl).account(accountRef).balance("5000").create();
    }

    @Test
    void aFileWhoseRowsDoNotAddUpShowsTheDifference() {
        long batch = payments.paymentFile("bank-" + System.nanoTime() + ".csv", "1500.00");
        LocalDate paidOn = LocalDate.of(2026, 11, 19);
        posting.post(payment("RV-P-" + System.nanoTime(), accountRef, "1200.00", paidOn), batch, "admin");
        posting.post(payment("RV-P-" + System.nanoTime(), "NOBODY-" + accountRef, "250.00", paidOn), batch, "admin");
        openAs("supervisor");

        navigateTo(ReconciliationView.location(batch));

        assertThat(_get(Span.class, spec -> spec.withId("totals-badge")).getText())
                .isEqualTo("Totals differ by $50.00");
        assertThat(figure("Posted")).isEqualTo("1 · $1,200.00");
        assertThat(figure("In suspense")).isEqualTo("1 · $250.00");
        assertThat(figure("Rejected")).isEqualTo("0 · $0.00");
        assertThat(figure("File total")).isEqualTo("$1,450.00");
        assertThat(figure("Control total")).isEqualTo("$1,500.00");
    }

    @Test
    void theListLeadsToAFileWhoseTotalsAgree() {
        String fileName = "agree-" + System.nanoTime() + ".csv";
        long batch = payments.paymentFile(fileName, "99.99");
        posting.post(payment("RV-P-" + System.nanoTime(), accountRef, "99.99", LocalDate.of(2026, 11, 19)), batch,
                "admin");
        openAs("admin");
        navigateTo("payments/batches");

        @SuppressWarnings("unchecked")
        Grid<PaymentBatch> grid = _get(Grid.class);
        PaymentBatch newest = GridKt._get(grid, 0);
        assertThat(newest.fileName()).isEqualTo(fileName);
        grid.select(newest);

        assertThat(getCurrentView()).isEqualTo(ReconciliationView.class);
        assertThat(_get(Span.class, spec -> spec.withId("totals-badge")).getText()).isEqualTo("Totals agree");
    }

    @Test
    void collectorsCannotOpenReports() {
        long batch = payments.paymentFile("secret-" + System.nanoTime() + ".csv", null);
        openAs("collector");
        navigateTo(ReconciliationView.location(batch));
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    }
}
