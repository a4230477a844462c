package app.settle.portal.payments;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CREDITOR;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Finds the account a payment is for: by creditor code and the creditor's account reference, or, without a
 * creditor code, by the account reference across all creditors. Not team-scoped: payment files cover the
 * whole portfolio.
 */
@Component
class AccountMatcher {

    private final DSLContext dsl;

    AccountMatcher(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Exactly one account matched, or none / several with the reason the payment goes to suspense. */
    record Match(Long accountId, String suspenseReason) {
        boolean found() {
            return accountId != null;
        }
    }

    Match match(String creditorCode, String accountRef) {
        if (blank(accountRef)) {
            return new Match(null, "The payment names no account reference");
        }
        String ref = accountRef.strip();
        Condition where = ACCOUNT.EXTERNAL_REF.eq(ref);
        if (!blank(creditorCode)) {
            where = where.and(CREDITOR.CODE.eq(creditorCode.strip()));
        }
        List<Long> ids = dsl.select(ACCOUNT.ID).from(ACCOUNT).join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                .where(where).orderBy(ACCOUNT.ID).limit(50).fetch(ACCOUNT.ID);
        if (ids.size() == 1) {
            return new Match(ids.getFirst(), null);
        }
        String forCreditor = blank(creditorCode) ? "" : " for creditor " + creditorCode.strip();
        if (ids.isEmpty()) {
            return new Match(null, "No account with reference " + ref + forCreditor);
        }
        return new Match(null, (ids.size() == 50 ? "50 or more" : Integer.toString(ids.size()))
                + " accounts match reference " + ref + forCreditor);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
