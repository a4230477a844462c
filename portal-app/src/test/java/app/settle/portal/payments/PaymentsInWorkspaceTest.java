package app.settle.portal.payments;

import static app.settle.portal.payments.PaymentFixtures.payment;
import static app.settle.portal.payments.Figures.figure;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.testing.PortalUiTest;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A posted payment shows where a collector looks: the account's balances and its timeline. */
class PaymentsInWorkspaceTest extends PortalUiTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PaymentPosting posting;

    @Test
    void theWorkspaceShowsThePaymentInBalancesAndTimeline() {
        String accountRef = "PWS-" + System.nanoTime();
        long accountId = new CoreFixtures(dsl).account(accountRef).balance("900").create().accountId();
        posting.post(payment("PWS-P-" + System.nanoTime(), accountRef, "150.00", LocalDate.of(2026, 11, 10)), null,
                "admin");
        openAs("collector");

        navigateTo("accounts/" + accountId);

        assertThat(figure("Current balance")).startsWith("$750.00");
        assertThat(figure("Paid")).isEqualTo("$150.00 · last 10 Nov 2026");
        assertThat(_find(Span.class, spec -> spec.withClasses("settle-timeline-title"))).extracting(Span::getText)
                .contains("Payment received $150.00 by ACH");
    }
}
