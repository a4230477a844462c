package app.settle.portal.events;

import static app.settle.api.db.Tables.DEBTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.HostEvents;
import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRefusedException;
import app.settle.api.core.AccountEvent;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.ContactRecord;
import app.settle.portal.contacts.ContactLogService;
import app.settle.portal.payments.IncomingPayment;
import app.settle.portal.payments.PaymentKind;
import app.settle.portal.payments.PaymentPosting;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Plugins hear of payments and contacts once they are committed, and never of what was refused. */
class AccountEventsTest extends DomainTest {

    @Autowired
    HostEventBus bus;
    @Autowired
    ContactLogService contacts;
    @Autowired
    PaymentPosting posting;

    final List<AccountEvent> heard = new CopyOnWriteArrayList<>();
    HostEvents.Subscription subscription;

    @BeforeEach
    void listen() {
        subscription = bus.forOwner("events-test").subscribe(AccountEvent.class, heard::add);
    }

    @AfterEach
    void stopListening() {
        subscription.close();
    }

    @Test
    void aLoggedContactAndAPostedPaymentAndItsReversalAreHeard() {
        String accountRef = ref("EVT");
        Created account = fixtures.account(accountRef).zone(daytimeZone()).phone("2125550100").balance("500").create();
        signIn("collector");

        contacts.record(new ContactRecord(account.accountId(), Channel.CALL, "2125550100", ContactPurpose.COLLECTION,
                false, ContactOutcome.PROMISE_TO_PAY, null), "host");
        String paymentRef = ref("PAY");
        posting.post(new IncomingPayment(paymentRef, "TESTBANK", accountRef, PaymentKind.PAYMENT, null,
                new BigDecimal("120.00"), "USD", LocalDate.of(2026, 11, 2), "ACH"), null, "system");
        posting.post(new IncomingPayment(ref("REV"), "TESTBANK", accountRef, PaymentKind.REVERSAL, paymentRef,
                new BigDecimal("120.00"), "USD", LocalDate.of(2026, 11, 5), "ACH"), null, "system");

        List<AccountEvent> mine = heard.stream().filter(e -> e.accountId() == account.accountId()).toList();
        assertThat(mine).hasSize(3);
        assertThat(mine.get(0)).isInstanceOfSatisfying(AccountEvent.ContactLogged.class,
                contact -> assertThat(contact.outcome()).isEqualTo(ContactOutcome.PROMISE_TO_PAY));
        assertThat(mine.get(1)).isInstanceOfSatisfying(AccountEvent.PaymentApplied.class, paid -> {
            assertThat(paid.amount().format()).isEqualTo("$120.00");
            assertThat(paid.reversal()).isFalse();
        });
        assertThat(mine.get(2)).isInstanceOfSatisfying(AccountEvent.PaymentApplied.class,
                reversed -> assertThat(reversed.reversal()).isTrue());
    }

    @Test
    void aRefusedContactIsNotHeard() {
        Created account = fixtures.account(ref("EVT-REF")).zone(daytimeZone()).phone("2125550100").create();
        dsl.update(DEBTOR).set(DEBTOR.CEASE_COMMUNICATION, true).where(DEBTOR.ID.eq(account.debtorId())).execute();
        signIn("collector");

        assertThatThrownBy(() -> contacts.record(new ContactRecord(account.accountId(), Channel.CALL, "2125550100",
                ContactPurpose.COLLECTION, false, ContactOutcome.NO_ANSWER, null), "host"))
                .isInstanceOf(ContactRefusedException.class);
        assertThat(heard).noneMatch(e -> e.accountId() == account.accountId());
    }
}
