package app.settle.portal.payments;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.IMPORT_BATCH;

import app.settle.api.Role;
import app.settle.portal.testing.CoreFixtures;
import app.settle.portal.users.NewUser;
import app.settle.portal.users.UserDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Payments, payment files, other creditors and a one-team supervisor for the payment tests. */
final class PaymentFixtures {

    /** A supervisor of East Coast Recovery only (the demo supervisor has both teams). */
    static final String EAST_SUPERVISOR = "east-supervisor";

    private final DSLContext dsl;

    PaymentFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    static IncomingPayment payment(String ref, String accountRef, String amount, LocalDate paidOn) {
        return new IncomingPayment(ref, "TESTBANK", accountRef, PaymentKind.PAYMENT, null, new BigDecimal(amount),
                "USD", paidOn, "ACH");
    }

    static IncomingPayment reversal(String ref, String reverses, String amount) {
        return new IncomingPayment(ref, "TESTBANK", null, PaymentKind.REVERSAL, reverses, new BigDecimal(amount), "USD",
                LocalDate.of(2026, 11, 20), "ACH");
    }

    /** Moves an account (and its debtor) to another creditor, created on first use. */
    void moveToCreditor(long accountId, String code) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long creditor = dsl.select(CREDITOR.ID).from(CREDITOR).where(CREDITOR.CODE.eq(code)).fetchOptional(CREDITOR.ID)
                .orElseGet(() -> dsl.insertInto(CREDITOR).set(CREDITOR.CODE, code).set(CREDITOR.NAME, code + " Credit")
                        .set(CREDITOR.CREATED_AT, now).returning(CREDITOR.ID).fetchOne(CREDITOR.ID));
        dsl.update(ACCOUNT).set(ACCOUNT.CREDITOR_ID, creditor).where(ACCOUNT.ID.eq(accountId)).execute();
    }

    long paymentFile(String fileName, String controlTotal) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.KIND, "PAYMENT").set(IMPORT_BATCH.FILE_NAME, fileName)
                .set(IMPORT_BATCH.FILE_SHA256, "0".repeat(64)).set(IMPORT_BATCH.STATUS, "COMPLETED")
                .set(IMPORT_BATCH.TOTAL_ROWS, 0).set(IMPORT_BATCH.VALID_ROWS, 0)
                .set(IMPORT_BATCH.CONTROL_TOTAL, controlTotal == null ? null : new BigDecimal(controlTotal))
                .set(IMPORT_BATCH.CREATED_BY, "admin").set(IMPORT_BATCH.CREATED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .returning(IMPORT_BATCH.ID).fetchOne(IMPORT_BATCH.ID);
    }

    Record account(long accountId) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchSingle();
    }

    BigDecimal balance(long accountId) {
        return account(accountId).get(ACCOUNT.CURRENT_BALANCE);
    }

    static void ensureEastSupervisor(UserDirectory users, CoreFixtures core) {
        synchronized (PaymentFixtures.class) {
            if (users.findByUsername(EAST_SUPERVISOR).isEmpty()) {
                users.createUser(new NewUser(EAST_SUPERVISOR, "Erin East", "east-supervisor-demo", Role.SUPERVISOR,
                        Set.of(core.teamId("East Coast Recovery"))), "test");
            }
        }
    }
}
