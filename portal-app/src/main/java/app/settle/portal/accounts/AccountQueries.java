package app.settle.portal.accounts;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.ACCOUNT_HOLD;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.api.db.Tables.TEAM;
import static app.settle.portal.jooq.Tables.APP_USER;

import app.settle.api.core.AgingBucket;
import app.settle.api.core.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/** Team-scoped reads of accounts: one account in full, and keyset-paged searches. */
@Service
public class AccountQueries {

    private final DSLContext dsl;
    private final AccountScope scope;
    private final Clock clock;

    AccountQueries(DSLContext dsl, AccountScope scope, Clock clock) {
        this.dsl = dsl;
        this.scope = scope;
        this.clock = clock;
    }

    /** The account, if it exists and the current user may see it. */
    public Optional<AccountDetails> find(long accountId) {
        Optional<Record> row = dsl.select(ACCOUNT.asterisk(), DEBTOR.asterisk(), CREDITOR.NAME, TEAM.NAME)
                .from(ACCOUNT)
                .join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                .join(TEAM).on(TEAM.ID.eq(ACCOUNT.TEAM_ID))
                .where(ACCOUNT.ID.eq(accountId).and(scope.visibleToCurrentUser()))
                .fetchOptional();
        return row.map(this::toDetails);
    }

    private AccountDetails toDetails(Record r) {
        String currency = r.get(ACCOUNT.CURRENCY);
        long debtorId = r.get(DEBTOR.ID);
        List<AccountDetails.ContactPoint> points = dsl.selectFrom(CONTACT_POINT)
                .where(CONTACT_POINT.DEBTOR_ID.eq(debtorId))
                .orderBy(CONTACT_POINT.KIND, CONTACT_POINT.ID)
                .fetch(p -> new AccountDetails.ContactPoint(p.getId(), p.getKind(), p.getLabel(), p.getValue(),
                        p.getTimeZone(), p.getOptedOutAt() != null));
        AccountDetails.Debtor debtor = new AccountDetails.Debtor(debtorId, displayName(r), r.get(DEBTOR.KIND),
                r.get(DEBTOR.STATE), r.get(DEBTOR.TIME_ZONE), r.get(DEBTOR.CEASE_COMMUNICATION),
                r.get(DEBTOR.ATTORNEY_REPRESENTED), r.get(DEBTOR.ATTORNEY_NAME), r.get(DEBTOR.BANKRUPTCY),
                r.get(DEBTOR.DECEASED), r.get(DEBTOR.VERSION));
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate delinquent = r.get(ACCOUNT.DELINQUENCY_DATE);
        return new AccountDetails(r.get(ACCOUNT.ID), r.get(ACCOUNT.EXTERNAL_REF), r.get(CREDITOR.NAME),
                r.get(TEAM.NAME), r.get(ACCOUNT.STATUS), Money.of(r.get(ACCOUNT.ORIGINAL_BALANCE), currency),
                Money.of(r.get(ACCOUNT.CURRENT_BALANCE), currency), Money.of(r.get(ACCOUNT.PAID_TOTAL), currency),
                delinquent, Math.max(0, ChronoUnit.DAYS.between(delinquent, today)), r.get(ACCOUNT.CHARGE_OFF_DATE),
                r.get(ACCOUNT.LAST_PAYMENT_DATE), r.get(ACCOUNT.VALIDATION_NOTICE_DATE), r.get(ACCOUNT.STATUTE_DATE),
                r.get(ACCOUNT.SCORE), r.get(ACCOUNT.VERSION), debtor, points);
    }

    /**
     * Accounts the current user may see whose reference, debtor name or phone starts with {@code text}, in id
     * order after {@code afterId} (keyset paging: no offset, no count).
     */
    public List<AccountRow> search(String text, long afterId, int limit) {
        return search(text, AccountFilter.NONE, afterId, limit);
    }

    /** Like {@link #search(String, long, int)}, narrowed by a dashboard drill-down filter. */
    public List<AccountRow> search(String text, AccountFilter filter, long afterId, int limit) {
        String term = text == null ? "" : text.strip();
        Condition matches = DSL.trueCondition();
        if (!term.isEmpty()) {
            String digits = term.replaceAll("\\D", "");
            matches = ACCOUNT.EXTERNAL_REF.startsWith(term)
                    .or(DEBTOR.LAST_NAME.startsWith(term))
                    .or(DEBTOR.BUSINESS_NAME.startsWith(term));
            if (digits.length() >= 4) {
                matches = matches.or(DSL.exists(DSL.selectOne().from(CONTACT_POINT)
                        .where(CONTACT_POINT.DEBTOR_ID.eq(DEBTOR.ID), CONTACT_POINT.KIND.eq("PHONE"),
                                CONTACT_POINT.VALUE.startsWith(digits))));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        matches = matches.and(narrowing(filter, today));
        return dsl.select(ACCOUNT.ID, ACCOUNT.EXTERNAL_REF, DEBTOR.FIRST_NAME, DEBTOR.LAST_NAME, DEBTOR.BUSINESS_NAME,
                        CREDITOR.NAME, ACCOUNT.CURRENT_BALANCE, ACCOUNT.CURRENCY, ACCOUNT.DELINQUENCY_DATE,
                        ACCOUNT.STATUS, DEBTOR.STATE)
                .from(ACCOUNT)
                .join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                .where(scope.visibleToCurrentUser()).and(matches).and(ACCOUNT.ID.gt(afterId))
                .orderBy(ACCOUNT.ID)
                .limit(Math.max(1, Math.min(limit, 200)))
                .fetch(r -> new AccountRow(r.get(ACCOUNT.ID), r.get(ACCOUNT.EXTERNAL_REF), displayName(r),
                        r.get(CREDITOR.NAME), Money.of(r.get(ACCOUNT.CURRENT_BALANCE), r.get(ACCOUNT.CURRENCY)),
                        Math.max(0, ChronoUnit.DAYS.between(r.get(ACCOUNT.DELINQUENCY_DATE), today)),
                        r.get(ACCOUNT.STATUS), r.get(DEBTOR.STATE)));
    }

    /** Team names by id, for describing filters. */
    public java.util.Map<Long, String> teamNames() {
        return dsl.select(TEAM.ID, TEAM.NAME).from(TEAM).fetchMap(TEAM.ID, TEAM.NAME);
    }

    private Condition narrowing(AccountFilter filter, LocalDate today) {
        Condition c = DSL.trueCondition();
        if (filter.teamId() != null) {
            c = c.and(ACCOUNT.TEAM_ID.eq(filter.teamId()));
        }
        if (filter.bucket() != null) {
            AgingBucket b = filter.bucket();
            c = c.and(ACCOUNT.STATUS.eq("ACTIVE")).and(ACCOUNT.DELINQUENCY_DATE.le(today.minusDays(b.fromDays())));
            if (b.toDays() != Integer.MAX_VALUE) {
                c = c.and(ACCOUNT.DELINQUENCY_DATE.ge(today.minusDays(b.toDays())));
            }
        }
        if (filter.holdReason() != null) {
            c = c.and(DSL.exists(DSL.selectOne().from(ACCOUNT_HOLD).where(ACCOUNT_HOLD.ACCOUNT_ID.eq(ACCOUNT.ID),
                    ACCOUNT_HOLD.REASON.eq(filter.holdReason()), ACCOUNT_HOLD.RELEASED_AT.isNull())));
        }
        if (filter.collector() != null) {
            c = c.and(ACCOUNT.COLLECTOR_ID.in(DSL.select(APP_USER.ID).from(APP_USER)
                    .where(APP_USER.USERNAME.eq(filter.collector()))));
        }
        return c;
    }

    private static String displayName(Record r) {
        String business = r.get(DEBTOR.BUSINESS_NAME);
        if (business != null && !business.isBlank()) {
            return business;
        }
        String first = r.get(DEBTOR.FIRST_NAME);
        String last = r.get(DEBTOR.LAST_NAME);
        return ((first == null ? "" : first + " ") + (last == null ? "" : last)).strip();
    }

    /** One line of a search result. */
    public record AccountRow(long id, String externalRef, String debtorName, String creditorName, Money balance,
                             long daysPastDue, String status, String state) {
    }
}
