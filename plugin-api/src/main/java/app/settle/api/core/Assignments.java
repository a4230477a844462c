package app.settle.api.core;

import java.util.List;

/**
 * Who works an account: the collectors of a team, and assigning an account to one of them (or back to the team's
 * pool). Supervisors assign within the teams they lead, administrators anywhere; anybody else is refused with a
 * {@link SecurityException}. Each assignment writes an audit row and a timeline entry, like the workspace's own
 * assignment editor.
 *
 * <p>Background work (no signed-in user, e.g. a plugin's scheduled job; plugin API 1.3): {@link #collectorsOf}
 * answers for any team, and {@link #assign} assigns within the account's own team only, attributed to
 * {@code plugin:<id>}. Before 1.3 a host refused background assignments.
 */
public interface Assignments {

    /** An enabled collector of a team. */
    record Collector(long id, String username, String displayName) {
    }

    /** The enabled collectors of the team, by name; empty for a team the current user may not assign in. */
    List<Collector> collectorsOf(long teamId);

    /**
     * Assigns the account, within its team, to the collector ({@code null}: the team's pool). Throws
     * {@link AccountNotVisibleException} for an account the user may not see and {@link IllegalArgumentException}
     * for somebody who is not an enabled collector of the account's team.
     */
    void assign(long accountId, Long collectorId);
}
