package app.settle.api.core;

import java.util.List;

/**
 * Who works an account: the collectors of a team, and assigning an account to one of them (or back to the team's
 * pool). Supervisors assign within the teams they lead, administrators anywhere; anybody else is refused with a
 * {@link SecurityException}. Each assignment writes an audit row and a timeline entry, like the workspace's own
 * assignment editor. Only for a signed-in user's request (background work has nobody to attribute it to).
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
