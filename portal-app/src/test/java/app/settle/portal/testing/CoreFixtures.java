package app.settle.portal.testing;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.api.db.Tables.TEAM;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Inserts core rows (creditor, debtor, contact points, account) directly, for tests of what reads them. */
public final class CoreFixtures {

    private final DSLContext dsl;

    public CoreFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long teamId(String name) {
        return dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(name)).fetchSingle(TEAM.ID);
    }

    public AccountBuilder account(String externalRef) {
        return new AccountBuilder(externalRef);
    }

    /** The ids of what {@link AccountBuilder#create()} inserted. */
    public record Created(long accountId, long debtorId) {
    }

    public final class AccountBuilder {
        private final String externalRef;
        private String team = "East Coast Recovery";
        private String zone = "America/New_York";
        private String firstName = "Pat";
        private String lastName = "Doe";
        private String balance = "1250.00";
        private LocalDate delinquency = LocalDate.now(ZoneOffset.UTC).minusDays(95);
        private LocalDate statute;
        private final List<String> phones = new ArrayList<>();
        private final List<String> emails = new ArrayList<>();

        private AccountBuilder(String externalRef) {
            this.externalRef = externalRef;
        }

        public AccountBuilder team(String name) {
            this.team = name;
            return this;
        }

        /** The debtor's time zone; null for unknown. */
        public AccountBuilder zone(String zoneId) {
            this.zone = zoneId;
            return this;
        }

        public AccountBuilder name(String first, String last) {
            this.firstName = first;
            this.lastName = last;
            return this;
        }

        public AccountBuilder balance(String amount) {
            this.balance = amount;
            return this;
        }

        public AccountBuilder delinquentSince(LocalDate date) {
            this.delinquency = date;
            return this;
        }

        public AccountBuilder statute(LocalDate date) {
            this.statute = date;
            return this;
        }

        public AccountBuilder phone(String digits) {
            phones.add(digits);
            return this;
        }

        public AccountBuilder email(String address) {
            emails.add(address);
            return this;
        }

        public Created create() {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            long creditor = dsl.select(CREDITOR.ID).from(CREDITOR).where(CREDITOR.CODE.eq("TESTBANK"))
                    .fetchOptional(CREDITOR.ID)
                    .orElseGet(() -> dsl.insertInto(CREDITOR).set(CREDITOR.CODE, "TESTBANK")
                            .set(CREDITOR.NAME, "Test Bank N.A.").set(CREDITOR.CREATED_AT, now)
                            .returning(CREDITOR.ID).fetchOne(CREDITOR.ID));
            long debtor = dsl.insertInto(DEBTOR)
                    .set(DEBTOR.CREDITOR_ID, creditor).set(DEBTOR.EXTERNAL_REF, "D-" + externalRef)
                    .set(DEBTOR.KIND, "PERSON").set(DEBTOR.FIRST_NAME, firstName).set(DEBTOR.LAST_NAME, lastName)
                    .set(DEBTOR.TIME_ZONE, zone).set(DEBTOR.STATE, "NY")
                    .set(DEBTOR.CREATED_AT, now).set(DEBTOR.UPDATED_AT, now)
                    .returning(DEBTOR.ID).fetchOne(DEBTOR.ID);
            for (String phone : phones) {
                dsl.insertInto(CONTACT_POINT).set(CONTACT_POINT.DEBTOR_ID, debtor).set(CONTACT_POINT.KIND, "PHONE")
                        .set(CONTACT_POINT.LABEL, "mobile").set(CONTACT_POINT.VALUE, phone)
                        .set(CONTACT_POINT.CREATED_AT, now).execute();
            }
            for (String email : emails) {
                dsl.insertInto(CONTACT_POINT).set(CONTACT_POINT.DEBTOR_ID, debtor).set(CONTACT_POINT.KIND, "EMAIL")
                        .set(CONTACT_POINT.VALUE, email).set(CONTACT_POINT.CREATED_AT, now).execute();
            }
            long account = dsl.insertInto(ACCOUNT)
                    .set(ACCOUNT.CREDITOR_ID, creditor).set(ACCOUNT.EXTERNAL_REF, externalRef)
                    .set(ACCOUNT.DEBTOR_ID, debtor).set(ACCOUNT.TEAM_ID, teamId(team))
                    .set(ACCOUNT.CURRENCY, "USD")
                    .set(ACCOUNT.ORIGINAL_BALANCE, new BigDecimal(balance))
                    .set(ACCOUNT.CURRENT_BALANCE, new BigDecimal(balance))
                    .set(ACCOUNT.DELINQUENCY_DATE, delinquency).set(ACCOUNT.STATUTE_DATE, statute)
                    .set(ACCOUNT.STATUS, "ACTIVE").set(ACCOUNT.PLACED_AT, now).set(ACCOUNT.UPDATED_AT, now)
                    .returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
            return new Created(account, debtor);
        }
    }
}
