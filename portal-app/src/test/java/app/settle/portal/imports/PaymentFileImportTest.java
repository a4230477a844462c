package app.settle.portal.imports;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.IMPORT_BATCH;
import static app.settle.api.db.Tables.PAYMENT;
import static app.settle.portal.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.portal.payments.ReconciliationReport;
import app.settle.portal.testing.DomainTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PaymentFileImportTest extends DomainTest {

    @Autowired
    PaymentFileImporter importer;

    @AfterEach
    void resetHooks() {
        importer.chunkSize(PaymentFileImporter.CHUNK);
        importer.failAfterRows(-1);
    }

    @Test
    void postsEachValidRowAndReconcilesTheBatch() {
        String account = ref("ACC");
        long accountId = fixtures.account(account).balance("1000.00").create().accountId();
        String p1 = ref("P");
        String p2 = ref("P");
        String p3 = ref("P");
        String text = TestFiles.payments()
                .row("payment_ref", p1, "creditor_code", "TESTBANK", "account_ref", account, "amount", "100.00")
                .row("payment_ref", p2, "account_ref", account, "amount", "50.25", "method", "CHECK")
                .row("payment_ref", p3, "account_ref", ref("NOWHERE"), "amount", "10")
                .row("payment_ref", ref("P"), "account_ref", account, "amount", "0")
                .text() + "TRAILER,170.25,4\r\n";
        Path file = TestFiles.write(text);

        ValidationReport report = importer.validate(file, "payments.csv", ImportProgress.NONE);
        assertThat(report.fileError()).isNull();
        assertThat(report.totalRows()).isEqualTo(4);
        assertThat(report.validRows()).isEqualTo(3);
        assertThat(report.errors()).extracting(e -> e.line() + " " + e.column() + ": " + e.reason())
                .containsExactly("5 amount: must be more than 0");
        assertThat(report.controlTotal()).isEqualByComparingTo("170.25");
        assertThat(report.amountTotal()).isEqualByComparingTo("160.25");
        assertThat(report.warnings()).containsExactly(
                "The trailer's control total 170.25 differs from the sum of the valid rows, 160.25");

        ImportResult result = importer.importValidated(file, "payments.csv", report, "admin", ImportProgress.NONE);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.suspense()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(result.alreadyImported()).isZero();
        assertThat(dsl.fetchValue(ACCOUNT.CURRENT_BALANCE, ACCOUNT.ID.eq(accountId))).isEqualByComparingTo("849.75");
        assertThat(dsl.fetchCount(PAYMENT, PAYMENT.BATCH_ID.eq(result.batchId()))).isEqualTo(3);
        var batch = dsl.fetchSingle(IMPORT_BATCH, IMPORT_BATCH.ID.eq(result.batchId()));
        assertThat(batch.getKind()).isEqualTo("PAYMENT");
        assertThat(batch.getStatus()).isEqualTo("COMPLETED");
        assertThat(batch.getControlTotal()).isEqualByComparingTo("170.25");
        ReconciliationReport reconciliation = importer.reconciliation(result.batchId());
        assertThat(reconciliation.matched()).isEqualTo(2);
        assertThat(reconciliation.inSuspense()).isEqualTo(1);
        assertThat(reconciliation.totalsAgree()).isFalse();
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("import_batch"),
                AUDIT_EVENT.ENTITY_ID.eq(Long.toString(result.batchId())), AUDIT_EVENT.ACTOR.eq("admin"))).isEqualTo(2);

        ValidationReport again = importer.validate(file, "payments.csv", ImportProgress.NONE);
        assertThat(again.alreadyImported()).isEqualTo(3);
        ImportResult repeat = importer.importValidated(file, "payments.csv", again, new BigDecimal("160.25"), "admin",
                ImportProgress.NONE);
        assertThat(repeat.created()).isZero();
        assertThat(repeat.alreadyImported()).isEqualTo(3);
        assertThat(dsl.fetchValue(ACCOUNT.CURRENT_BALANCE, ACCOUNT.ID.eq(accountId))).isEqualByComparingTo("849.75");
        assertThat(dsl.fetchValue(IMPORT_BATCH.CONTROL_TOTAL, IMPORT_BATCH.ID.eq(repeat.batchId())))
                .as("the form's control total wins over the trailer's").isEqualByComparingTo("160.25");
    }

    @Test
    void aPaymentImportKilledHalfWayIsCompletedWithoutPostingAnythingTwice() {
        String account = ref("ACC");
        long accountId = fixtures.account(account).balance("1000.00").create().accountId();
        TestFiles rows = TestFiles.payments();
        for (int i = 0; i < 5; i++) {
            rows.row("payment_ref", ref("K"), "account_ref", account, "amount", "10.00");
        }
        Path file = rows.write();
        ValidationReport report = importer.validate(file, "k.csv", ImportProgress.NONE);
        importer.chunkSize(2);
        importer.failAfterRows(2);
        assertThatThrownBy(() -> importer.importValidated(file, "k.csv", report, "admin", ImportProgress.NONE))
                .isInstanceOf(ImportFailedException.class);
        assertThat(dsl.fetchValue(ACCOUNT.CURRENT_BALANCE, ACCOUNT.ID.eq(accountId))).isEqualByComparingTo("980.00");

        importer.failAfterRows(-1);
        ImportResult result = importer.importValidated(file, "k.csv", report, "admin", ImportProgress.NONE);
        assertThat(result.resumed()).isTrue();
        assertThat(result.created()).isEqualTo(5);
        assertThat(result.alreadyImported()).isZero();
        assertThat(dsl.fetchValue(ACCOUNT.CURRENT_BALANCE, ACCOUNT.ID.eq(accountId))).isEqualByComparingTo("950.00");
        assertThat(importer.reconciliation(result.batchId()).duplicates()).isZero();
    }

    @Test
    void aReversalNeedsTheReferenceItReversesAndAMalformedTrailerIsAFileError() {
        ValidationReport report = importer.validate(TestFiles.payments()
                .row("payment_ref", ref("R"), "account_ref", "X", "amount", "5", "kind", "REVERSAL").write(),
                "r.csv", ImportProgress.NONE);
        assertThat(report.errors()).extracting(RowError::reason).containsExactly("is required for a REVERSAL");

        Path badTrailer = TestFiles.write(TestFiles.payments()
                .row("payment_ref", ref("R"), "account_ref", "X", "amount", "5").text() + "TRAILER,lots,1\r\n");
        assertThat(importer.validate(badTrailer, "t.csv", ImportProgress.NONE).fileError())
                .startsWith("The TRAILER row on line 3 must read TRAILER,<control total>,<row count>");
    }
}
