package app.settle.portal.accounts;

import static app.settle.api.db.Tables.ACCOUNT;

import app.settle.api.CurrentUser;
import app.settle.api.Role;
import app.settle.api.UserRef;
import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.Accounts;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * Who sees which accounts: administrators all; collectors, trainees and supervisors the accounts of their
 * teams; trainers and requests without a signed-in user none. Every read of accounts on a user's behalf goes
 * through {@link #visibleToCurrentUser()}, so an account id typed into a URL is no way around it.
 */
@Service
public class AccountScope implements Accounts {

    private final CurrentUser currentUser;
    private final DSLContext dsl;

    AccountScope(CurrentUser currentUser, DSLContext dsl) {
        this.currentUser = currentUser;
        this.dsl = dsl;
    }

    @Override
    public Condition visibleToCurrentUser() {
        return currentUser.get().map(AccountScope::visibleTo).orElse(DSL.falseCondition());
    }

    static Condition visibleTo(UserRef user) {
        if (user.role() == Role.ADMIN) {
            return DSL.trueCondition();
        }
        if (user.role() == Role.TRAINER || user.teamIds().isEmpty()) {
            return DSL.falseCondition();
        }
        return ACCOUNT.TEAM_ID.in(user.teamIds());
    }

    @Override
    public void requireVisible(long accountId) {
        if (!dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(accountId).and(visibleToCurrentUser()))) {
            throw new AccountNotVisibleException(accountId);
        }
    }

    /** Like {@link #requireVisible} for a signed-in user; background work without a user is not restricted. */
    public void requireVisibleIfSignedIn(long accountId) {
        if (currentUser.get().isPresent()) {
            requireVisible(accountId);
        }
    }

    /** The actor name for audit and timeline rows: the signed-in user, or the given fallback. */
    public String actorOr(String fallback) {
        return currentUser.get().map(UserRef::username).orElse(fallback);
    }
}
