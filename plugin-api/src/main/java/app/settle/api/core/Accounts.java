package app.settle.api.core;

import org.jooq.Condition;

/**
 * Team scope for reading core tables: collectors and trainees see their teams' accounts, supervisors the teams
 * they lead, administrators all, trainers none. Add {@link #visibleToCurrentUser()} to every query of
 * {@code app.settle.api.db.Tables.ACCOUNT} a plugin runs for a user.
 */
public interface Accounts {

    /** A condition on ACCOUNT that keeps only the accounts the current user may see. */
    Condition visibleToCurrentUser();

    /** Throws {@link AccountNotVisibleException} unless the current user may see the account. */
    void requireVisible(long accountId);
}
