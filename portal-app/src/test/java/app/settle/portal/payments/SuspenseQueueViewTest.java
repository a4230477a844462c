package app.settle.portal.payments;

import static app.settle.portal.payments.PaymentFixtures.payment;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.accounts.AccountQueries.AccountRow;
import app.settle.portal.shell.AccessDeniedView;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.PortalUiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Working the suspense queue on screen, browser-free. */
class SuspenseQueueViewTest extends PortalUiTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PaymentPosting posting;

    CoreFixtures fixtures;
    PaymentFixtures payments;
    String paymentRef;

    @BeforeEach
    void aPaymentWithATypoInTheAccountReference() {
        fixtures = new CoreFixtures(dsl);
        payments = new PaymentFixtures(dsl);
        paymentRef = "SQV-" + System.nanoTime();
        posting.post(payment(paymentRef, "TYPO-" + System.nanoTime(), "120.00", LocalDate.of(2026, 11, 18)), null,
                "admin");
    }

    @Test
    void aSupervisorMatchesAPaymentToTheRightAccount() {
        String accountRef = "SQV-ACC-" + System.nanoTime();
        long accountId = fixtures.account(accountRef).name("Robin", "Payne").balance("400").create().accountId();
        openAs("supervisor");
        navigateTo("payments/suspense");

        SuspenseItem item = select(paymentRef);
        assertThat(item.amount().format()).isEqualTo("$120.00");
        assertThat(item.reason()).startsWith("No account with reference TYPO-");
        _click(_get(Button.class, spec -> spec.withText("Match to account…")));
        _get(TextField.class, spec -> spec.withLabel("Account reference or debtor name")).setValue(accountRef);
        Grid<AccountRow> accounts = accountGrid();
        assertThat(GridKt._size(accounts)).isEqualTo(1);
        accounts.select(GridKt._get(accounts, 0));
        _click(_get(Button.class, spec -> spec.withText("Post payment")));

        NotificationsKt.expectNotifications("Posted $120.00 to account " + accountRef + ". Balance now $280.00.");
        assertThat(payments.balance(accountId)).isEqualByComparingTo("280.00");
        assertThat(refsShown()).doesNotContain(paymentRef);
    }

    @Test
    void aRefusedMatchIsExplainedAndThePaymentStays() {
        String accountRef = "SQV-SMALL-" + System.nanoTime();
        fixtures.account(accountRef).balance("50").create();
        openAs("admin");
        navigateTo("payments/suspense");

        select(paymentRef);
        _click(_get(Button.class, spec -> spec.withText("Match to account…")));
        _get(TextField.class, spec -> spec.withLabel("Account reference or debtor name")).setValue(accountRef);
        Grid<AccountRow> accounts = accountGrid();
        accounts.select(GridKt._get(accounts, 0));
        _click(_get(Button.class, spec -> spec.withText("Post payment")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("settle-error-text")).getText())
                .isEqualTo("Overpayment: $120.00 is more than the balance of $50.00 on account " + accountRef
                        + ". The payment stays in suspense.");
    }

    @Test
    void aSupervisorRejectsAPaymentWithAReason() {
        openAs("supervisor");
        navigateTo("payments/suspense");

        select(paymentRef);
        _click(_get(Button.class, spec -> spec.withText("Reject…")));
        _get(TextArea.class, spec -> spec.withLabel("Reason")).setValue("Returned to payer");
        _click(_get(Button.class, spec -> spec.withText("Reject payment")));

        NotificationsKt.expectNotifications("Payment " + paymentRef + " rejected.");
        assertThat(refsShown()).doesNotContain(paymentRef);
    }

    @Test
    void collectorsCannotOpenTheQueue() {
        openAs("collector");
        navigateTo("payments/suspense");
        assertThat(getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    private SuspenseItem select(String ref) {
        Grid<SuspenseItem> grid = queueGrid();
        while (!refsShown().contains(ref) && _get(Button.class, spec -> spec.withText("Show more")).isVisible()) {
            _click(_get(Button.class, spec -> spec.withText("Show more")));
        }
        SuspenseItem item = items(grid).stream().filter(row -> row.externalRef().equals(ref)).findFirst()
                .orElseThrow();
        grid.select(item);
        return item;
    }

    private List<String> refsShown() {
        return items(queueGrid()).stream().map(SuspenseItem::externalRef).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SuspenseItem> queueGrid() {
        return _get(_get(SuspenseQueueView.class), Grid.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountRow> accountGrid() {
        return _get(_get(MatchPaymentDialog.class), Grid.class);
    }

    private static <T> List<T> items(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
