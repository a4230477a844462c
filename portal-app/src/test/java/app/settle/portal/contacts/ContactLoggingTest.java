package app.settle.portal.contacts;

import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.DEBTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRefusedException;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.ContactRecord;
import app.settle.api.core.TimelineItem;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.timeline.TimelineService;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server side of contact actions: the guard decides again when a contact is logged. */
class ContactLoggingTest extends DomainTest {

    static final String PHONE = "2125550100";

    @Autowired
    ContactLogService contacts;
    @Autowired
    TimelineService timeline;

    @Test
    void anAllowedCallIsLoggedOnTheTimelineAndAudited() {
        Created account = fixtures.account(ref("OK")).zone(daytimeZone()).phone(PHONE).create();
        signIn("collector");
        contacts.record(call(account, ContactOutcome.NO_ANSWER, "Rang 6 times"), "host");

        assertThat(attempts(account)).isEqualTo(1);
        TimelineItem newest = timeline.recent(account.accountId(), 1).getFirst();
        assertThat(newest.title()).isEqualTo("Call (212) 555-0100: No answer");
        assertThat(newest.detail()).isEqualTo("Rang 6 times");
        assertThat(newest.userName()).isEqualTo("collector");
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event")
                .where("action = 'CONTACT_LOGGED' and actor = 'collector'"))).isPositive();
    }

    @Test
    void theServerRefusesAContactTheGuardDenies() {
        Created account = fixtures.account(ref("ATT")).zone(daytimeZone()).phone(PHONE).create();
        dsl.update(DEBTOR).set(DEBTOR.ATTORNEY_REPRESENTED, true).where(DEBTOR.ID.eq(account.debtorId())).execute();
        signIn("collector");

        assertThatThrownBy(() -> contacts.record(call(account, ContactOutcome.NO_ANSWER, null), "host"))
                .isInstanceOf(ContactRefusedException.class)
                .hasMessageContaining("represented by an attorney");
        assertThat(attempts(account)).as("nothing saved").isZero();
    }

    @Test
    void theEighthCallInSevenDaysIsRefusedAndTheSeventhIsNot() {
        Created account = fixtures.account(ref("FREQ")).zone(daytimeZone()).phone(PHONE).create();
        for (int day = 1; day <= 6; day++) {
            pastCall(account, day);
        }
        signIn("collector");
        contacts.record(call(account, ContactOutcome.NO_ANSWER, null), "host");
        assertThat(attempts(account)).isEqualTo(7);

        assertThatThrownBy(() -> contacts.record(call(account, ContactOutcome.NO_ANSWER, null), "host"))
                .isInstanceOf(ContactRefusedException.class)
                .hasMessageContaining("7 call attempts in the last 7 days");
        assertThat(attempts(account)).isEqualTo(7);
    }

    @Test
    void aConversationStartsTheQuietPeriod() {
        Created account = fixtures.account(ref("RPC")).zone(daytimeZone()).phone(PHONE).create();
        signIn("collector");
        contacts.record(call(account, ContactOutcome.RIGHT_PARTY_CONTACT, "Will call back"), "host");
        assertThat(dsl.fetchValue(dsl.select(CONTACT_ATTEMPT.CONVERSATION).from(CONTACT_ATTEMPT)
                .where(CONTACT_ATTEMPT.ACCOUNT_ID.eq(account.accountId())))).isTrue();

        assertThatThrownBy(() -> contacts.record(call(account, ContactOutcome.NO_ANSWER, null), "host"))
                .isInstanceOf(ContactRefusedException.class)
                .hasMessageContaining("counting that day");
    }

    @Test
    void callsAtNightAreRefused() {
        Created account = fixtures.account(ref("NIGHT")).zone(nightZone()).phone(PHONE).create();
        signIn("collector");
        assertThatThrownBy(() -> contacts.record(call(account, ContactOutcome.NO_ANSWER, null), "host"))
                .isInstanceOf(ContactRefusedException.class)
                .hasMessageContaining("contacts are allowed 08:00–21:00 local time");
    }

    @Test
    void aNumberThatIsNotTheDebtorsIsRefused() {
        Created account = fixtures.account(ref("WRONG")).zone(daytimeZone()).phone(PHONE).create();
        signIn("collector");
        ContactRecord other = new ContactRecord(account.accountId(), Channel.CALL, "3125550199",
                ContactPurpose.COLLECTION, false, ContactOutcome.NO_ANSWER, null);
        assertThatThrownBy(() -> contacts.record(other, "host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("3125550199 is not one of this debtor's phone numbers.");
        assertThat(attempts(account)).isZero();
    }

    private static ContactRecord call(Created account, ContactOutcome outcome, String notes) {
        return new ContactRecord(account.accountId(), Channel.CALL, PHONE, ContactPurpose.COLLECTION, false, outcome,
                notes);
    }

    private void pastCall(Created account, int daysAgo) {
        dsl.insertInto(CONTACT_ATTEMPT)
                .set(CONTACT_ATTEMPT.ACCOUNT_ID, account.accountId()).set(CONTACT_ATTEMPT.CHANNEL, "CALL")
                .set(CONTACT_ATTEMPT.DIRECTION, "OUTBOUND").set(CONTACT_ATTEMPT.ADDRESS, PHONE)
                .set(CONTACT_ATTEMPT.OUTCOME, "NO_ANSWER").set(CONTACT_ATTEMPT.USER_NAME, "collector")
                .set(CONTACT_ATTEMPT.OCCURRED_AT, LocalDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).plusHours(2))
                .execute();
    }

    private int attempts(Created account) {
        return dsl.fetchCount(CONTACT_ATTEMPT, CONTACT_ATTEMPT.ACCOUNT_ID.eq(account.accountId()));
    }
}
