package app.settle.plugins.disputes;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;

import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.Accounts;
import app.settle.api.core.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** What the plugin reads of an account, always within the current user's team scope. */
record AccountFacts(long id, String externalRef, long teamId, String status, Money balance,
                    LocalDate validationNoticeDate, String debtorName) {

    /** The debtor's name as people read it: the business name, or first and last name. */
    static final Field<String> DEBTOR_NAME = DSL.coalesce(DEBTOR.BUSINESS_NAME,
            DSL.concat(DSL.coalesce(DEBTOR.FIRST_NAME, ""), DSL.inline(" "), DSL.coalesce(DEBTOR.LAST_NAME, "")));

    /**
     * The account if the user may see it; {@code lock} keeps its row (and its debtor's) locked until the
     * transaction ends.
     */
    static AccountFacts require(DSLContext dsl, Accounts scope, long accountId, boolean lock) {
        var query = dsl.select(ACCOUNT.ID, ACCOUNT.EXTERNAL_REF, ACCOUNT.TEAM_ID, ACCOUNT.STATUS, ACCOUNT.CURRENT_BALANCE,
                        ACCOUNT.CURRENCY, ACCOUNT.VALIDATION_NOTICE_DATE, DEBTOR_NAME)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(ACCOUNT.ID.eq(accountId).and(scope.visibleToCurrentUser()));
        Optional<AccountFacts> found = (lock ? query.forUpdate() : query)
                .fetchOptional(r -> new AccountFacts(r.value1(), r.value2(), r.value3(), r.value4(),
                        Money.of(r.value5(), r.value6()), r.value7(), r.value8().strip()));
        return found.orElseThrow(() -> new AccountNotVisibleException(accountId));
    }
}
