package app.settle.portal.assignment;

import static app.settle.api.db.Tables.ACCOUNT;

import app.settle.api.AuditEntry;
import app.settle.api.CurrentUser;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.accounts.ConcurrentChangeException;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.timeline.TimelineService;
import app.settle.portal.users.UserDirectory;
import app.settle.portal.users.UserDirectory.Member;
import app.settle.portal.users.UserDirectory.TeamRef;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves an account to a team and, optionally, a collector of that team. Supervisors move accounts between
 * their own teams only, administrators anywhere; the change applies to the account version the user saw
 * (optimistic locking), and writes an audit row and a timeline entry.
 */
@Service
public class AssignmentService {

    private final DSLContext dsl;
    private final AccountScope scope;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final TimelineService timeline;
    private final Clock clock;

    AssignmentService(DSLContext dsl, AccountScope scope, CurrentUser currentUser, UserDirectory users,
                      AuditTrail audit, TimelineService timeline, Clock clock) {
        this.dsl = dsl;
        this.scope = scope;
        this.currentUser = currentUser;
        this.users = users;
        this.audit = audit;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Whether the signed-in user may assign accounts at all. */
    public boolean mayAssign() {
        return currentUser.get().map(AssignmentService::mayAssign).orElse(false);
    }

    /** The teams the signed-in user may assign accounts to. */
    public List<TeamRef> assignableTeams() {
        UserRef user = currentUser.require();
        return users.teams().stream()
                .filter(team -> user.role() == Role.ADMIN || user.teamIds().contains(team.id()))
                .toList();
    }

    /** The account's current team and collector, if the user may see the account. */
    public Optional<Assignment> current(long accountId) {
        return dsl.select(ACCOUNT.TEAM_ID, ACCOUNT.COLLECTOR_ID, ACCOUNT.VERSION).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId).and(scope.visibleToCurrentUser()))
                .fetchOptional(r -> new Assignment(r.value1(), r.value2(), r.value3()));
    }

    /** Where an account sits: its team, its collector (null: the team's pool) and the version they belong to. */
    public record Assignment(long teamId, Long collectorId, int version) {
    }

    /** The collectors an account of the team may be assigned to. */
    public List<Member> collectorsOf(long teamId) {
        return users.collectorsOf(teamId);
    }

    /**
     * Assigns the account (as of {@code seenVersion}) to {@code teamId} and {@code collectorId} (null: the team's
     * pool) and returns the new version.
     */
    @Transactional
    public int assign(long accountId, int seenVersion, long teamId, Long collectorId) {
        UserRef user = currentUser.require();
        if (!mayAssign(user)) {
            throw new SecurityException("Only supervisors and administrators assign accounts.");
        }
        scope.requireVisible(accountId);
        TeamRef team = assignableTeams().stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new SecurityException("You may not assign accounts to that team."));
        Optional<Member> collector = Optional.empty();
        if (collectorId != null) {
            collector = users.collectorsOf(teamId).stream().filter(m -> m.id() == collectorId).findFirst();
            if (collector.isEmpty()) {
                throw new IllegalArgumentException("That collector is not an active member of " + team.name() + ".");
            }
        }
        var before = dsl.select(ACCOUNT.TEAM_ID, ACCOUNT.COLLECTOR_ID).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchSingle();
        int updated = dsl.update(ACCOUNT)
                .set(ACCOUNT.TEAM_ID, teamId)
                .set(ACCOUNT.COLLECTOR_ID, collectorId)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .set(ACCOUNT.UPDATED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.VERSION.eq(seenVersion)))
                .execute();
        if (updated == 0) {
            throw new ConcurrentChangeException("this account");
        }
        audit.record(user.username(), "host", new AuditEntry("ACCOUNT_ASSIGNED", "account", Long.toString(accountId),
                json(before.value1(), before.value2()), json(teamId, collectorId)));
        timeline.append(accountId, "ASSIGNED", "Assigned to " + team.name()
                + collector.map(m -> " · " + m.displayName()).orElse(" (team pool)"), null, "host");
        return seenVersion + 1;
    }

    /**
     * Background work of a plugin (no signed-in user, e.g. a round-robin deal of new placements): assigns the account
     * within its own team to an enabled collector of that team ({@code null}: the pool), audited and on the timeline
     * under {@code actor}. Refuses a team change (there is nobody whose teams could allow it).
     */
    @Transactional
    public void assignInBackground(long accountId, Long collectorId, String actor, String source) {
        var account = dsl.select(ACCOUNT.TEAM_ID, ACCOUNT.COLLECTOR_ID, ACCOUNT.VERSION).from(ACCOUNT)
                .where(ACCOUNT.ID.eq(accountId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId + "."));
        long teamId = account.value1();
        Optional<Member> collector = Optional.empty();
        if (collectorId != null) {
            collector = users.collectorsOf(teamId).stream().filter(m -> m.id() == collectorId).findFirst();
            if (collector.isEmpty()) {
                throw new IllegalArgumentException("That collector is not an active member of the account's team.");
            }
        }
        dsl.update(ACCOUNT)
                .set(ACCOUNT.COLLECTOR_ID, collectorId)
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .set(ACCOUNT.UPDATED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(ACCOUNT.ID.eq(accountId))
                .execute();
        String teamName = users.teams().stream().filter(t -> t.id() == teamId).map(TeamRef::name).findFirst()
                .orElse("team " + teamId);
        audit.record(actor, source, new AuditEntry("ACCOUNT_ASSIGNED", "account", Long.toString(accountId),
                json(teamId, account.value2()), json(teamId, collectorId)));
        timeline.append(accountId, "ASSIGNED", "Assigned to " + teamName
                + collector.map(m -> " · " + m.displayName()).orElse(" (team pool)"), null, source);
    }

    private static boolean mayAssign(UserRef user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    private static String json(Long teamId, Long collectorId) {
        return "{\"team\":" + teamId + ",\"collector\":" + collectorId + "}";
    }
}
