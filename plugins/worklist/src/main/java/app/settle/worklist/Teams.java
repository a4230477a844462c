package app.settle.worklist;

import static app.settle.api.db.Tables.TEAM;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.UserRef;
import java.util.List;

/** The teams a supervisor manages queues for (administrators: all). */
final class Teams {

    record Team(long id, String name) {
    }

    private Teams() {
    }

    static List<Team> managedBy(HostContext host) {
        UserRef user = Access.requireSupervisor(host);
        var query = host.data().dsl().select(TEAM.ID, TEAM.NAME).from(TEAM);
        var condition = user.role() == Role.ADMIN ? org.jooq.impl.DSL.trueCondition() : TEAM.ID.in(user.teamIds());
        return query.where(condition).orderBy(TEAM.NAME).fetch(r -> new Team(r.value1(), r.value2()));
    }
}
