package app.settle.portal.dashboard;

import static app.settle.api.db.Tables.TEAM;

import app.settle.api.Role;
import app.settle.api.UserRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The teams a user may see figures of: an administrator all teams, a supervisor the teams they lead, nobody else
 * any. A team chosen on the screen or in a URL is checked against this, never trusted.
 */
@Component
class DashboardScope {

    private final DSLContext dsl;

    DashboardScope(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Team names by id, in name order. */
    Map<Long, String> teamsOf(UserRef user) {
        Map<Long, String> teams = new LinkedHashMap<>();
        if (user.role() != Role.ADMIN && user.role() != Role.SUPERVISOR) {
            return teams;
        }
        dsl.select(TEAM.ID, TEAM.NAME).from(TEAM)
                .where(user.role() == Role.ADMIN ? TEAM.ID.isNotNull() : TEAM.ID.in(user.teamIds()))
                .orderBy(TEAM.NAME)
                .forEach(r -> teams.put(r.get(TEAM.ID), r.get(TEAM.NAME)));
        return teams;
    }

    /** The team ids figures cover: the chosen team if the user may see it, else all the user's teams. */
    Set<Long> resolve(UserRef user, Long chosenTeam) {
        Map<Long, String> teams = teamsOf(user);
        if (chosenTeam != null) {
            if (!teams.containsKey(chosenTeam)) {
                throw new SecurityException("That team's figures are not yours to see.");
            }
            return Set.of(chosenTeam);
        }
        return Set.copyOf(teams.keySet());
    }
}
