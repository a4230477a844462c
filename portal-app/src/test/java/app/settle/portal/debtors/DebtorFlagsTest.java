package app.settle.portal.debtors;

import static app.settle.api.db.Tables.DEBTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.portal.accounts.AccountQueries;
import app.settle.portal.accounts.ConcurrentChangeException;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people save the same debtor: the first wins, the second is told and nothing of either is lost. */
class DebtorFlagsTest extends DomainTest {

    @Autowired
    DebtorFlagsService flags;
    @Autowired
    AccountQueries accounts;

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithAClearMessage() {
        Created account = fixtures.account(ref("LOCK")).create();
        signIn("collector");
        int seen = accounts.find(account.accountId()).orElseThrow().debtor().version();

        flags.update(account.accountId(), seen, new DebtorFlags(false, true, "Jane Counsel LLP", false, false));
        assertThatThrownBy(() -> flags.update(account.accountId(), seen,
                new DebtorFlags(true, false, null, false, false)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Someone else changed this debtor since you opened it.");

        var debtor = dsl.selectFrom(DEBTOR).where(DEBTOR.ID.eq(account.debtorId())).fetchSingle();
        assertThat(debtor.getAttorneyRepresented()).isTrue();
        assertThat(debtor.getAttorneyName()).isEqualTo("Jane Counsel LLP");
        assertThat(debtor.getCeaseCommunication()).as("the second change was not applied").isFalse();
        assertThat(debtor.getVersion()).isEqualTo(seen + 1);
    }

    @Test
    void aChangeIsAuditedWithBeforeAndAfter() {
        Created account = fixtures.account(ref("AUD")).create();
        signIn("collector");
        int seen = accounts.find(account.accountId()).orElseThrow().debtor().version();
        flags.update(account.accountId(), seen, new DebtorFlags(true, false, null, false, false));
        var row = dsl.fetchSingle("SELECT actor, before_value, after_value FROM audit_event WHERE action = "
                + "'DEBTOR_FLAGS_CHANGED' AND entity_id = ?", Long.toString(account.debtorId()));
        assertThat(row.get(0, String.class)).isEqualTo("collector");
        assertThat(row.get(1, String.class)).contains("\"cease\":false");
        assertThat(row.get(2, String.class)).contains("\"cease\":true");
    }

    @Test
    void traineesMayNotChangeFlags() {
        Created account = fixtures.account(ref("TRN")).create();
        signIn("trainee");
        assertThatThrownBy(() -> flags.update(account.accountId(), 0, new DebtorFlags(true, false, null, false, false)))
                .isInstanceOf(SecurityException.class);
    }
}
