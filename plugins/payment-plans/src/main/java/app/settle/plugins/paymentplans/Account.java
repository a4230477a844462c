package app.settle.plugins.paymentplans;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.DEBTOR;

import app.settle.api.core.AccountNotVisibleException;
import app.settle.api.core.Accounts;
import app.settle.api.core.Money;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * What the plugin reads of an account, within the current user's team scope. Dates of promises and instalments
 * are the debtor's calendar dates: "today" is the date in the debtor's time zone (UTC when unknown).
 */
record Account(long id, String externalRef, String status, Money balance, String debtorName, ZoneId zone) {

    static final Field<String> DEBTOR_NAME = DSL.coalesce(DEBTOR.BUSINESS_NAME,
            DSL.concat(DSL.coalesce(DEBTOR.FIRST_NAME, ""), DSL.inline(" "), DSL.coalesce(DEBTOR.LAST_NAME, "")));

    /** The account if the user may see it; {@code lock} keeps its row locked until the transaction ends. */
    static Account require(DSLContext dsl, Accounts scope, long accountId, boolean lock) {
        var query = dsl.select(ACCOUNT.ID, ACCOUNT.EXTERNAL_REF, ACCOUNT.STATUS, ACCOUNT.CURRENT_BALANCE,
                        ACCOUNT.CURRENCY, DEBTOR_NAME, DEBTOR.TIME_ZONE)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(ACCOUNT.ID.eq(accountId).and(scope.visibleToCurrentUser()));
        return (lock ? query.forUpdate() : query).fetchOptional(r -> new Account(r.value1(), r.value2(), r.value3(),
                        Money.of(r.value4(), r.value5()), r.value6().strip(), zone(r.value7())))
                .orElseThrow(() -> new AccountNotVisibleException(accountId));
    }

    LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
