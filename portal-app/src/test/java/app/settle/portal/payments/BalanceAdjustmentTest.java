package app.settle.portal.payments;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.BALANCE_ADJUSTMENT;
import static app.settle.api.db.Tables.TIMELINE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.Role;
import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.AdjustmentKind;
import app.settle.api.core.BalanceAdjustment;
import app.settle.api.core.Money;
import app.settle.portal.audit.AuditRecord;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.users.NewUser;
import java.util.Set;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Balance adjustments and write-offs (the host service behind {@code HostContext.balanceAdjustments()}). */
class BalanceAdjustmentTest extends DomainTest {

    @Autowired
    BalanceAdjustmentService adjustments;
    @Autowired
    AuditTrail audit;

    long accountId;

    @BeforeEach
    void anAccountOwing1250() {
        accountId = fixtures.account(ref("ADJ")).balance("1250.00").create().accountId();
    }

    @Test
    void anAdjustmentLowersTheBalanceWithATimelineEntryAndAnAuditRow() {
        signIn("supervisor");
        int versionBefore = account().get(ACCOUNT.VERSION);

        Money after = adjustments.adjust(adjustment("200.00", AdjustmentKind.ADJUSTMENT, ref("k")), "disputes");

        assertThat(after.format()).isEqualTo("$1,050.00");
        Record account = account();
        assertThat(account.get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("1050.00");
        assertThat(account.get(ACCOUNT.PAID_TOTAL)).as("not a payment").isEqualByComparingTo("0");
        assertThat(account.get(ACCOUNT.STATUS)).isEqualTo("ACTIVE");
        assertThat(account.get(ACCOUNT.VERSION)).isEqualTo(versionBefore + 1);
        assertThat(dsl.select(TIMELINE_ENTRY.TITLE, TIMELINE_ENTRY.DETAIL, TIMELINE_ENTRY.SOURCE).from(TIMELINE_ENTRY)
                .where(TIMELINE_ENTRY.ACCOUNT_ID.eq(accountId)).fetchOne())
                .satisfies(row -> {
                    assertThat(row.value1()).isEqualTo("Balance adjustment of $200.00: balance now $1,050.00");
                    assertThat(row.value2()).isEqualTo("Wrong interest charged");
                    assertThat(row.value3()).isEqualTo("disputes");
                });
        long id = dsl.select(BALANCE_ADJUSTMENT.ID).from(BALANCE_ADJUSTMENT)
                .where(BALANCE_ADJUSTMENT.ACCOUNT_ID.eq(accountId)).fetchSingle().value1();
        AuditRecord row = audit.forEntity("balance_adjustment", Long.toString(id), 5).getFirst();
        assertThat(row.action()).isEqualTo("BALANCE_ADJUSTED");
        assertThat(row.actor()).isEqualTo("supervisor");
        assertThat(row.before()).contains("\"balance\":1250.0000");
        assertThat(row.after()).contains("\"balance\":1050.0000");
    }

    @Test
    void askingAgainWithTheSameKeyChangesNothing() {
        signIn("supervisor");
        String key = ref("dispute");

        adjustments.adjust(adjustment("200.00", AdjustmentKind.ADJUSTMENT, key), "disputes");
        Money again = adjustments.adjust(adjustment("200.00", AdjustmentKind.ADJUSTMENT, key), "disputes");

        assertThat(again.format()).isEqualTo("$1,050.00");
        assertThat(account().get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("1050.00");
        assertThat(dsl.fetchCount(BALANCE_ADJUSTMENT, BALANCE_ADJUSTMENT.ACCOUNT_ID.eq(accountId))).isEqualTo(1);
    }

    @Test
    void aWriteOffOfTheWholeBalanceMarksTheAccountWrittenOffAndItCannotGoBelowZero() {
        signIn("admin");

        adjustments.adjust(adjustment("1250.00", AdjustmentKind.WRITE_OFF, ref("k")), "disputes");

        assertThat(account().get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("0");
        assertThat(account().get(ACCOUNT.STATUS)).isEqualTo("WRITTEN_OFF");
        assertThatThrownBy(() -> adjustments.adjust(adjustment("1.00", AdjustmentKind.WRITE_OFF, ref("k")), "disputes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is written off: its balance can no longer be adjusted");
    }

    @Test
    void moreThanTheBalanceOrNothingIsRefusedAndChangesNothing() {
        signIn("supervisor");

        assertThatThrownBy(() -> adjustments.adjust(adjustment("1250.01", AdjustmentKind.ADJUSTMENT, ref("k")), "disputes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("$1,250.01 is more than the balance of $1,250.00");
        assertThatThrownBy(() -> adjustments.adjust(adjustment("0", AdjustmentKind.ADJUSTMENT, ref("k")), "disputes"))
                .hasMessage("The amount to take off must be more than zero.");

        assertThat(account().get(ACCOUNT.CURRENT_BALANCE)).isEqualByComparingTo("1250.00");
        assertThat(dsl.fetchCount(BALANCE_ADJUSTMENT, BALANCE_ADJUSTMENT.ACCOUNT_ID.eq(accountId))).isZero();
    }

    @Test
    void collectorsMayNotAdjustAndOtherTeamsDoNotSeeTheAccount() {
        signIn("collector");
        assertThatThrownBy(() -> adjustments.adjust(adjustment("10.00", AdjustmentKind.ADJUSTMENT, ref("k")), "disputes"))
                .isInstanceOf(SecurityException.class);

        long westAccount = fixtures.account(ref("ADJ")).team("West Coast Recovery").create().accountId();
        String eastSupervisor = ref("east-sup");
        users.createUser(new NewUser(eastSupervisor, "East Supervisor", "a-long-password-1", Role.SUPERVISOR,
                Set.of(fixtures.teamId("East Coast Recovery"))), "test");
        signIn(eastSupervisor);
        assertThatThrownBy(() -> adjustments.adjust(new BalanceAdjustment(westAccount, Money.of("10.00", "USD"),
                AdjustmentKind.ADJUSTMENT, "test", ref("k")), "disputes"))
                .isInstanceOf(AccountNotVisibleException.class);
        assertThat(dsl.fetchCount(BALANCE_ADJUSTMENT, BALANCE_ADJUSTMENT.ACCOUNT_ID.in(accountId, westAccount))).isZero();
    }

    private BalanceAdjustment adjustment(String amount, AdjustmentKind kind, String key) {
        return new BalanceAdjustment(accountId, Money.of(amount, "USD"), kind, "Wrong interest charged", key);
    }

    private Record account() {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchSingle();
    }
}
