package app.settle.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.ContactRecord;
import app.settle.api.core.HoldReason;
import app.settle.portal.contacts.ContactLogService;
import app.settle.portal.holds.HoldService;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.timeline.TimelineService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Collectors see their team's accounts only, through every service; supervisors their teams; admins all. */
class TeamScopeTest extends DomainTest {

    @Autowired
    AccountQueries accounts;
    @Autowired
    TimelineService timeline;
    @Autowired
    ContactLogService contacts;
    @Autowired
    HoldService holds;

    Created east;
    Created west;
    String westRef;

    @BeforeEach
    void twoTeams() {
        east = fixtures.account(ref("EAST")).team("East Coast Recovery").phone("2125550100").create();
        westRef = ref("WEST");
        west = fixtures.account(westRef).team("West Coast Recovery").name("Wes", "Tern").phone("4155550100")
                .create();
    }

    @Test
    void aCollectorSeesOnlyTheirTeamsAccounts() {
        signIn("collector");
        assertThat(accounts.find(east.accountId())).isPresent();
        assertThat(accounts.find(west.accountId())).as("typed into a URL").isEmpty();
        assertThat(accounts.search(westRef, 0, 10)).isEmpty();
        assertThat(accounts.search("Tern", 0, 50)).noneMatch(row -> row.id() == west.accountId());
    }

    @Test
    void servicesRefuseAnotherTeamsAccountToo() {
        signIn("collector");
        assertThatThrownBy(() -> timeline.recent(west.accountId(), 10)).isInstanceOf(AccountNotVisibleException.class);
        assertThatThrownBy(() -> contacts.record(new ContactRecord(west.accountId(), Channel.CALL, "4155550100",
                ContactPurpose.COLLECTION, false, ContactOutcome.NO_ANSWER, null), "host"))
                .isInstanceOf(AccountNotVisibleException.class);
        assertThatThrownBy(() -> holds.place(west.accountId(), HoldReason.MANUAL, "x", "host"))
                .isInstanceOf(AccountNotVisibleException.class);
    }

    @Test
    void aSupervisorSeesBothOfTheirTeams() {
        signIn("supervisor");
        assertThat(accounts.find(east.accountId())).isPresent();
        assertThat(accounts.find(west.accountId())).isPresent();
    }

    @Test
    void anAdministratorSeesEverythingAndATrainerNothing() {
        signIn("admin");
        assertThat(accounts.find(west.accountId())).isPresent();
        signIn("trainer");
        assertThat(accounts.find(east.accountId())).isEmpty();
        assertThat(accounts.search("", 0, 10)).isEmpty();
    }

    @Test
    void nobodySignedInSeesNothing() {
        assertThat(accounts.find(east.accountId())).isEmpty();
    }

    @Test
    void searchPagesByKeyset() {
        signIn("admin");
        var first = accounts.search("", 0, 1);
        var next = accounts.search("", first.getFirst().id(), 1);
        assertThat(next.getFirst().id()).isGreaterThan(first.getFirst().id());
    }
}
