package app.settle.portal.assignment;

import static app.settle.api.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.portal.accounts.AccountQueries;
import app.settle.portal.accounts.ConcurrentChangeException;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.testing.CoreFixtures.Created;
import app.settle.portal.testing.DomainTest;
import app.settle.portal.timeline.TimelineService;
import app.settle.api.Role;
import app.settle.portal.users.NewUser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AssignmentServiceTest extends DomainTest {

    @Autowired
    AssignmentService assignment;
    @Autowired
    AccountQueries accounts;
    @Autowired
    TimelineService timeline;
    @Autowired
    AuditTrail audit;

    @Test
    void aSupervisorMovesAnAccountToACollectorOfAnotherOfTheirTeams() {
        Created west = fixtures.account(ref("ASSIGN")).team("West Coast Recovery").create();
        long east = fixtures.teamId("East Coast Recovery");
        long collector = users.findByUsername("collector").orElseThrow().id();
        signIn("collector");
        assertThat(accounts.find(west.accountId())).isEmpty();

        signIn("supervisor");
        int version = assignment.current(west.accountId()).orElseThrow().version();
        int next = assignment.assign(west.accountId(), version, east, collector);

        assertThat(next).isEqualTo(version + 1);
        var row = dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(west.accountId())).fetchSingle();
        assertThat(row.getTeamId()).isEqualTo(east);
        assertThat(row.getCollectorId()).isEqualTo(collector);
        assertThat(timeline.recent(west.accountId(), 1).getFirst().title())
                .isEqualTo("Assigned to East Coast Recovery · Casey Collector");
        assertThat(audit.forEntity("account", Long.toString(west.accountId()), 5)).anySatisfy(audited -> {
            assertThat(audited.action()).isEqualTo("ACCOUNT_ASSIGNED");
            assertThat(audited.before()).contains("\"collector\":null");
            assertThat(audited.after()).contains("\"collector\":" + collector);
        });
        signIn("collector");
        assertThat(accounts.find(west.accountId())).as("now the collector's team's").isPresent();
    }

    @Test
    void backgroundWorkAssignsWithinTheAccountsTeamOnlyAndIsAuditedAsThePlugin() {
        Created account = fixtures.account(ref("ASSIGN")).team("East Coast Recovery").create();
        long collector = users.findByUsername("collector").orElseThrow().id();
        long westTeam = fixtures.teamId("West Coast Recovery");
        long westCollector = users.createUser(new NewUser("west-" + System.nanoTime(), "Wes West", "collector-pass",
                Role.COLLECTOR, Set.of(westTeam)), "test");

        assertThatThrownBy(() -> assignment.assignInBackground(account.accountId(), westCollector, "plugin:worklist",
                "worklist")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("That collector is not an active member of the account's team.");
        assignment.assignInBackground(account.accountId(), collector, "plugin:worklist", "worklist");

        var row = dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(account.accountId())).fetchSingle();
        assertThat(row.getCollectorId()).isEqualTo(collector);
        assertThat(row.getTeamId()).isEqualTo(fixtures.teamId("East Coast Recovery"));
        signIn("supervisor"); // to read the timeline
        assertThat(timeline.recent(account.accountId(), 1).getFirst().title())
                .isEqualTo("Assigned to East Coast Recovery · Casey Collector");
        assertThat(audit.forEntity("account", Long.toString(account.accountId()), 5)).anySatisfy(audited -> {
            assertThat(audited.action()).isEqualTo("ACCOUNT_ASSIGNED");
            assertThat(audited.actor()).isEqualTo("plugin:worklist");
            assertThat(audited.source()).isEqualTo("worklist");
        });
    }

    @Test
    void theSecondOfTwoConcurrentAssignmentsIsRefusedAndTheFirstStays() {
        Created account = fixtures.account(ref("ASSIGN")).create();
        long east = fixtures.teamId("East Coast Recovery");
        long west = fixtures.teamId("West Coast Recovery");
        signIn("supervisor");
        int seen = assignment.current(account.accountId()).orElseThrow().version();

        assignment.assign(account.accountId(), seen, west, null);
        assertThatThrownBy(() -> assignment.assign(account.accountId(), seen, east, null))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Someone else changed this account since you opened it.");
        assertThat(assignment.current(account.accountId()).orElseThrow().teamId()).isEqualTo(west);
    }

    @Test
    void collectorsCannotAssignAndSupervisorsOnlyToTheirTeamsAndMembers() {
        Created account = fixtures.account(ref("ASSIGN")).create();
        long east = fixtures.teamId("East Coast Recovery");
        long elsewhere = users.createTeam(ref("Night shift"), "test");
        long supervisor = users.findByUsername("supervisor").orElseThrow().id();

        signIn("collector");
        assertThat(assignment.mayAssign()).isFalse();
        assertThatThrownBy(() -> assignment.assign(account.accountId(), 0, east, null))
                .isInstanceOf(SecurityException.class);

        signIn("supervisor");
        int seen = assignment.current(account.accountId()).orElseThrow().version();
        assertThat(assignment.assignableTeams()).extracting(t -> t.name())
                .containsExactly("East Coast Recovery", "West Coast Recovery");
        assertThatThrownBy(() -> assignment.assign(account.accountId(), seen, elsewhere, null))
                .isInstanceOf(SecurityException.class).hasMessage("You may not assign accounts to that team.");
        assertThatThrownBy(() -> assignment.assign(account.accountId(), seen, east, supervisor))
                .hasMessage("That collector is not an active member of East Coast Recovery.");
        assertThat(assignment.current(account.accountId()).orElseThrow().version()).isEqualTo(seen);

        signIn("admin");
        assertThat(assignment.assignableTeams()).extracting(t -> t.id()).contains(elsewhere);
        assignment.assign(account.accountId(), seen, elsewhere, null);
        assertThat(assignment.current(account.accountId()).orElseThrow().teamId()).isEqualTo(elsewhere);
    }
}
