package app.settle.portal.imports;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.api.db.Tables.IMPORT_BATCH;
import static app.settle.api.db.Tables.TIMELINE_ENTRY;
import static app.settle.portal.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.portal.testing.DomainTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PlacementImportTest extends DomainTest {

    @Autowired
    PlacementImporter importer;

    @AfterEach
    void resetHooks() {
        importer.chunkSize(PlacementImporter.DEFAULT_CHUNK);
        importer.failAfterRows(-1);
    }

    @Test
    void aValidFileCreatesDebtorsContactPointsAccountsAndTimelineEntries() {
        String creditor = ref("CR");
        Path file = TestFiles.placements(creditor)
                .row("account_ref", "A1", "debtor_ref", "D1", "first_name", "Ana", "last_name", "Lopez",
                        "phone_1", "(212) 555-0142", "phone_2", "+1 646-555-0199", "email", "Ana.Lopez@Example.com",
                        "address", "12 Main St", "city", "Albany", "postal_code", "12207", "ssn_last4", "1234",
                        "date_of_birth", "1980-05-17", "charge_off_date", "2025-06-30", "statute_date", "2031-03-01")
                .row("account_ref", "A2", "debtor_ref", "D1", "first_name", "Ana", "last_name", "Lopez",
                        "current_balance", "99.9900", "phone_1", "212.555.0142")
                .row("account_ref", "A3", "debtor_ref", "D2", "debtor_type", "BUSINESS", "first_name", "",
                        "last_name", "", "business_name", "Lopez Plumbing LLC", "state", "TX", "team",
                        "West Coast Recovery")
                .write();

        ValidationReport report = importer.validate(file, "placements.csv", ImportProgress.NONE);
        assertThat(report.fileError()).isNull();
        assertThat(report.errors()).isEmpty();
        assertThat(report.totalRows()).isEqualTo(3);
        assertThat(report.validRows()).isEqualTo(3);
        assertThat(report.newRows()).isEqualTo(3);
        assertThat(accounts(creditor)).isZero();

        List<long[]> progress = new ArrayList<>();
        ImportResult result = importer.importValidated(file, "placements.csv", report, "admin",
                (rows, bytes, total) -> progress.add(new long[] {rows, bytes, total}));

        assertThat(result.created()).isEqualTo(3);
        assertThat(result.alreadyImported()).isZero();
        assertThat(result.rejected()).isZero();
        assertThat(progress).isNotEmpty();
        assertThat(progress.getLast()[1]).isEqualTo(progress.getLast()[2]);

        assertThat(dsl.fetchValue(CREDITOR.NAME, CREDITOR.CODE.eq(creditor))).isEqualTo("Bank " + creditor);
        var ana = dsl.selectFrom(DEBTOR).where(DEBTOR.EXTERNAL_REF.eq("D1"), DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))
                .fetchSingle();
        assertThat(ana.getFirstName()).isEqualTo("Ana");
        assertThat(ana.getTimeZone()).as("derived from NY").isEqualTo("America/New_York");
        assertThat(ana.getSsnLast4()).isEqualTo("1234");
        assertThat(ana.getDateOfBirth()).isEqualTo(LocalDate.of(1980, 5, 17));
        var business = dsl.selectFrom(DEBTOR).where(DEBTOR.EXTERNAL_REF.eq("D2"),
                DEBTOR.CREDITOR_ID.eq(creditorId(creditor))).fetchSingle();
        assertThat(business.getKind()).isEqualTo("BUSINESS");
        assertThat(business.getTimeZone()).as("Texas spans two zones").isNull();

        assertThat(dsl.select(CONTACT_POINT.KIND, CONTACT_POINT.VALUE).from(CONTACT_POINT)
                .where(CONTACT_POINT.DEBTOR_ID.eq(ana.getId())).orderBy(CONTACT_POINT.KIND, CONTACT_POINT.VALUE)
                .fetch(r -> r.value1() + " " + r.value2()))
                .containsExactly("ADDRESS 12 Main St", "EMAIL ana.lopez@example.com", "PHONE 2125550142",
                        "PHONE 6465550199");

        var a2 = dsl.selectFrom(ACCOUNT).where(ACCOUNT.EXTERNAL_REF.eq("A2"),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor))).fetchSingle();
        assertThat(a2.getDebtorId()).isEqualTo(ana.getId());
        assertThat(a2.getStatus()).isEqualTo("ACTIVE");
        assertThat(a2.getCurrentBalance()).isEqualByComparingTo("99.99");
        assertThat(a2.getOriginalBalance()).isEqualByComparingTo("1500");
        assertThat(a2.getTeamId()).isEqualTo(fixtures.teamId("East Coast Recovery"));
        var a3 = dsl.selectFrom(ACCOUNT).where(ACCOUNT.EXTERNAL_REF.eq("A3"),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor))).fetchSingle();
        assertThat(a3.getTeamId()).isEqualTo(fixtures.teamId("West Coast Recovery"));
        assertThat(dsl.selectFrom(TIMELINE_ENTRY).where(TIMELINE_ENTRY.ACCOUNT_ID.eq(a2.getId())).fetch())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getTitle()).isEqualTo("Placed by Bank " + creditor);
                    assertThat(entry.getKind()).isEqualTo("PLACED");
                    assertThat(entry.getUserName()).isEqualTo("admin");
                });

        var batch = dsl.fetchSingle(IMPORT_BATCH, IMPORT_BATCH.ID.eq(result.batchId()));
        assertThat(batch.getStatus()).isEqualTo("COMPLETED");
        assertThat(batch.getKind()).isEqualTo("PLACEMENT");
        assertThat(batch.getImportedRows()).isEqualTo(3);
        assertThat(batch.getCreatedBy()).isEqualTo("admin");
        assertThat(auditActions(result.batchId())).containsExactly("IMPORT_STARTED", "IMPORT_COMPLETED");
    }

    @Test
    void validationReportsEveryBadRowWithLineColumnAndReasonAndWritesNothing() {
        String creditor = ref("CR");
        String newCode = ref("NEW");
        Path file = TestFiles.placements(creditor)
                .row("account_ref", "OK1", "debtor_ref", "D1")
                .row("account_ref", "", "debtor_ref", "D2")
                .row("account_ref", "B3", "debtor_ref", "D3", "debtor_type", "ROBOT")
                .row("account_ref", "B4", "debtor_ref", "D4", "first_name", "")
                .row("account_ref", "B5", "debtor_ref", "D5", "debtor_type", "BUSINESS", "business_name", "")
                .row("account_ref", "B6", "debtor_ref", "D6", "current_balance", "-1")
                .row("account_ref", "B7", "debtor_ref", "D7", "original_balance", "12.34567")
                .row("account_ref", "B8", "debtor_ref", "D8", "delinquency_date", "03/01/2025")
                .row("account_ref", "B9", "debtor_ref", "D9", "currency", "XYZ")
                .row("account_ref", "B10", "debtor_ref", "D10", "team", "Nowhere Team")
                .row("account_ref", "B11", "debtor_ref", "D11", "phone_1", "555-0142")
                .row("account_ref", "B12", "debtor_ref", "D12", "email", "not-an-email")
                .row("account_ref", "B13", "debtor_ref", "D13", "state", "ZZ")
                .row("account_ref", "B14", "debtor_ref", "D14", "postal_code", "1234")
                .row("account_ref", "B15", "debtor_ref", "D15", "time_zone", "Mars/Olympus")
                .row("account_ref", "B16", "debtor_ref", "D16", "ssn_last4", "12a4")
                .row("account_ref", "B17", "debtor_ref", "D17", "creditor_code", "bad code")
                .row("account_ref", "B18", "debtor_ref", "D18", "creditor_code", newCode, "creditor_name", "")
                .row("account_ref", "x".repeat(65), "debtor_ref", "D19")
                .row("account_ref", "B20", "debtor_ref", "D20", "delinquency_date", "2999-01-01")
                .row("account_ref", "B21", "debtor_ref", "D21", "address", "4111 1111 1111 1111")
                .write();

        ValidationReport report = importer.validate(file, "bad.csv", ImportProgress.NONE);

        assertThat(report.fileError()).isNull();
        assertThat(report.totalRows()).isEqualTo(21);
        assertThat(report.validRows()).isEqualTo(1);
        assertThat(report.invalidRows()).isEqualTo(20);
        assertThat(report.errors()).extracting(e -> e.line() + " " + e.column() + ": " + e.reason()).containsExactly(
                "3 account_ref: is required",
                "4 debtor_type: must be one of PERSON, BUSINESS",
                "5 first_name: is required for a PERSON",
                "6 business_name: is required for a BUSINESS",
                "7 current_balance: must not be negative",
                "8 original_balance: has more than 4 decimals",
                "9 delinquency_date: must be a date written YYYY-MM-DD",
                "10 currency: must be an ISO 4217 currency code such as USD",
                "11 team: names no team in Settle",
                "12 phone_1: must be a US phone number with area code, such as (212) 555-0142",
                "13 email: must be an email address such as name@example.com",
                "14 state: must be a US state or territory code such as NY",
                "15 postal_code: must be 5 digits or 5+4 digits (12345-6789)",
                "16 time_zone: must be an IANA time zone such as America/New_York",
                "17 ssn_last4: must be 4 digits",
                "18 creditor_code: must be 1 to 40 capital letters, digits, _ or -",
                "19 creditor_name: is required the first time creditor " + newCode + " appears",
                "20 account_ref: is longer than 64 characters",
                "21 delinquency_date: is in the future",
                "22 address: looks like a card number (value not shown); Settle never stores card numbers");
        assertThat(report.errors()).noneMatch(e -> e.reason().contains("4111"));
        assertThat(accounts(creditor)).isZero();
        assertThat(dsl.fetchCount(CREDITOR, CREDITOR.CODE.eq(creditor))).isZero();
    }

    @Test
    void importingTheSameFileAgainCreatesNothingAndAnOverlappingFileOnlyTheNewRows() {
        String creditor = ref("CR");
        TestFiles first = TestFiles.placements(creditor);
        for (int i = 1; i <= 4; i++) {
            first.row("account_ref", "A" + i, "debtor_ref", "D" + i, "phone_1", "2125550" + (100 + i));
        }
        Path file = first.write();
        importer.importValidated(file, "a.csv", importer.validate(file, "a.csv", ImportProgress.NONE), "admin",
                ImportProgress.NONE);

        ValidationReport again = importer.validate(file, "a.csv", ImportProgress.NONE);
        assertThat(again.alreadyImported()).isEqualTo(4);
        assertThat(again.canImport()).isFalse();
        ImportResult repeat = importer.importValidated(file, "a.csv", again, "admin", ImportProgress.NONE);
        assertThat(repeat.created()).isZero();
        assertThat(repeat.alreadyImported()).isEqualTo(4);
        assertThat(repeat.batchId()).as("a new batch that records the repeat").isNotNull();

        TestFiles overlap = TestFiles.placements(creditor);
        for (int i = 3; i <= 6; i++) {
            overlap.row("account_ref", "A" + i, "debtor_ref", "D" + i, "phone_1", "2125550" + (100 + i),
                    "current_balance", "1.00");
        }
        Path second = overlap.write();
        ValidationReport report = importer.validate(second, "b.csv", ImportProgress.NONE);
        assertThat(report.alreadyImported()).isEqualTo(2);
        assertThat(report.newRows()).isEqualTo(2);
        ImportResult result = importer.importValidated(second, "b.csv", report, "admin", ImportProgress.NONE);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.alreadyImported()).isEqualTo(2);

        assertThat(accounts(creditor)).isEqualTo(6);
        assertThat(dsl.fetchCount(DEBTOR, DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(6);
        assertThat(dsl.fetchCount(CONTACT_POINT.join(DEBTOR).on(DEBTOR.ID.eq(CONTACT_POINT.DEBTOR_ID)),
                DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(6);
        assertThat(dsl.fetchValue(ACCOUNT.CURRENT_BALANCE, ACCOUNT.EXTERNAL_REF.eq("A3").and(
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor))))).as("existing accounts are not updated")
                .isEqualByComparingTo("1250.50");
        assertThat(dsl.fetchCount(TIMELINE_ENTRY.join(ACCOUNT).on(ACCOUNT.ID.eq(TIMELINE_ENTRY.ACCOUNT_ID)),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(6);
    }

    @Test
    void anImportKilledHalfWayIsCompletedByTheNextImportOfTheSameFile() {
        String creditor = ref("CR");
        TestFiles rows = TestFiles.placements(creditor);
        for (int i = 1; i <= 7; i++) {
            rows.row("account_ref", "K" + i, "debtor_ref", "D" + (i % 3), "email", "d" + (i % 3) + "@example.com");
        }
        rows.row("account_ref", "BAD", "debtor_ref", "D9", "currency", "");
        Path file = rows.write();
        ValidationReport report = importer.validate(file, "k.csv", ImportProgress.NONE);
        importer.chunkSize(3);
        importer.failAfterRows(3);

        assertThatThrownBy(() -> importer.importValidated(file, "k.csv", report, "admin", ImportProgress.NONE))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("import the same file again");
        assertThat(accounts(creditor)).isEqualTo(3);
        var failed = dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.FILE_SHA256.eq(report.sha256())).fetchSingle();
        assertThat(failed.getStatus()).isEqualTo("FAILED");
        assertThat(failed.getProcessedRows()).isEqualTo(3);
        assertThat(failed.getFailureReason()).contains("injected failure");

        importer.failAfterRows(-1);
        ImportResult resumed = importer.importValidated(file, "k.csv", report, "admin", ImportProgress.NONE);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.batchId()).isEqualTo(failed.getId());
        assertThat(resumed.created()).isEqualTo(7);
        assertThat(resumed.alreadyImported()).isZero();
        assertThat(resumed.rejected()).isEqualTo(1);
        assertThat(accounts(creditor)).isEqualTo(7);
        assertThat(dsl.fetchCount(DEBTOR, DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(3);
        assertThat(dsl.fetchCount(TIMELINE_ENTRY.join(ACCOUNT).on(ACCOUNT.ID.eq(TIMELINE_ENTRY.ACCOUNT_ID)),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(7);
        var batch = dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.FILE_SHA256.eq(report.sha256())).fetchSingle();
        assertThat(batch.getStatus()).isEqualTo("COMPLETED");
        assertThat(batch.getImportedRows()).isEqualTo(7);
        assertThat(batch.getProcessedRows()).isEqualTo(8);
        assertThat(batch.getRejectedRows()).isEqualTo(1);
        assertThat(auditActions(batch.getId())).containsExactly("IMPORT_STARTED", "IMPORT_FAILED", "IMPORT_RESUMED",
                "IMPORT_COMPLETED");
    }

    @Test
    void malformedFilesGetAClearErrorAndChangeNothing() {
        String creditor = ref("CR");
        String good = TestFiles.placements(creditor).row("account_ref", "M1", "debtor_ref", "D1").text();
        byte[] latin1 = (good + "\"" + creditor + "\",x,M2,D2,PERSON,Jos\u00e9").getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(fileError(TestFiles.write(latin1)))
                .startsWith("The file is not UTF-8 text (first bad byte at line 3)");
        assertThat(fileError(TestFiles.write("creditor_code,account_ref\n" + creditor + ",M1\n")))
                .startsWith("The header row lacks the required columns debtor_ref, debtor_type, currency,");
        assertThat(fileError(TestFiles.write(good + creditor + ",\"open,M3\n")))
                .isEqualTo("A quoted field opened on line 3 is never closed");
        assertThat(fileError(TestFiles.write(good + "y".repeat(70_000) + "\n")))
                .isEqualTo("Line 3 is longer than 65,536 characters");
        assertThat(fileError(TestFiles.write("card_number," + good)))
                .startsWith("The file has a column for card data (card_number)");
        assertThat(fileError(TestFiles.write(""))).isEqualTo("The file is empty: it has no header row");

        Path broken = TestFiles.write(good + creditor + ",\"open,M3\n");
        ValidationReport report = importer.validate(broken, "broken.csv", ImportProgress.NONE);
        assertThat(report.canImport()).isFalse();
        assertThatThrownBy(() -> importer.importValidated(broken, "broken.csv", report, "admin", ImportProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts(creditor)).isZero();
        assertThat(dsl.fetchCount(IMPORT_BATCH, IMPORT_BATCH.FILE_NAME.eq("broken.csv"))).isZero();
    }

    @Test
    void aFileChangedAfterValidationIsRefused() {
        String creditor = ref("CR");
        Path file = TestFiles.placements(creditor).row("account_ref", "C1", "debtor_ref", "D1").write();
        ValidationReport report = importer.validate(file, "c.csv", ImportProgress.NONE);
        TestFiles.append(file, creditor + ",Bank,C2,D2,PERSON,Al,Bo\r\n");
        assertThatThrownBy(() -> importer.importValidated(file, "c.csv", report, "admin", ImportProgress.NONE))
                .isInstanceOf(ImportFailedException.class).hasMessageContaining("changed since it was validated");
        assertThat(accounts(creditor)).isZero();
    }

    @Test
    void unknownColumnsAreIgnoredWithAWarning() {
        String creditor = ref("CR");
        String text = TestFiles.placements(creditor).row("account_ref", "U1", "debtor_ref", "D1").text()
                .replaceFirst("team\r\n", "team,favourite_colour\r\n").replaceFirst("Recovery\r\n", "Recovery,blue\r\n");
        ValidationReport report = importer.validate(TestFiles.write(text), "u.csv", ImportProgress.NONE);
        assertThat(report.warnings()).containsExactly("Ignored column that Settle does not know: favourite_colour");
        assertThat(report.validRows()).isEqualTo(1);
    }

    @Test
    void valuesWithTabsNewlinesBackslashesQuotesAndUnicodeArriveExactlyAndBlankOptionalFieldsAreNull() {
        String creditor = ref("CR");
        String first = "Ana\tMar\u00eda \\ \"Mimi\"";
        String last = "O'Brien-\u674e \uD83D\uDE00";
        String address = "12 Main St\nApt 4\\B\r\n(rear) \\N";
        String city = "Z\u00fcrich \\ \"Nord\"";
        String fileName = "placements \\ M\u00e4rz\t2026.csv";
        Path file = TestFiles.placements(creditor)
                .row("account_ref", "N\\1", "debtor_ref", "D\t1", "first_name", first, "last_name", last,
                        "address", address, "city", city, "business_name", "")
                .write();

        ImportResult result = validateAndImport(file, fileName);

        assertThat(result.created()).isEqualTo(1);
        var debtor = dsl.selectFrom(DEBTOR).where(DEBTOR.CREDITOR_ID.eq(creditorId(creditor))).fetchSingle();
        assertThat(debtor.getExternalRef()).isEqualTo("D\t1");
        assertThat(debtor.getFirstName()).isEqualTo(first);
        assertThat(debtor.getLastName()).isEqualTo(last);
        assertThat(debtor.getBusinessName()).as("a blank optional field is NULL, not an empty string").isNull();
        var contact = dsl.selectFrom(CONTACT_POINT).where(CONTACT_POINT.DEBTOR_ID.eq(debtor.getId())).fetchSingle();
        assertThat(contact.getValue()).isEqualTo(address);
        assertThat(contact.getCity()).isEqualTo(city);
        var account = dsl.selectFrom(ACCOUNT).where(ACCOUNT.CREDITOR_ID.eq(creditorId(creditor))).fetchSingle();
        assertThat(account.getExternalRef()).isEqualTo("N\\1");
        assertThat(account.getDebtorId()).isEqualTo(debtor.getId());
        assertThat(dsl.fetchValue(TIMELINE_ENTRY.DETAIL, TIMELINE_ENTRY.ACCOUNT_ID.eq(account.getId())))
                .isEqualTo("Placement file " + fileName);
    }

    @Test
    void referencesTheDatabaseComparesAsEqualAreOneAccountAndOneDebtorAsBefore() {
        String creditor = ref("CR");
        Path first = TestFiles.placements(creditor).row("account_ref", "Case-1", "debtor_ref", "Deb-1").write();
        importer.importValidated(first, "first.csv", importer.validate(first, "first.csv", ImportProgress.NONE),
                "admin", ImportProgress.NONE);

        Path second = TestFiles.placements(creditor)
                .row("account_ref", "CASE-1", "debtor_ref", "DEB-1")
                .row("account_ref", "Case-2", "debtor_ref", "deb-1", "phone_1", "2125550101")
                .row("account_ref", "case-2", "debtor_ref", "Deb-2")
                .row("account_ref", "Case-3", "debtor_ref", "Deb-3", "phone_1", "2125550102")
                .row("account_ref", "Case-4", "debtor_ref", "DEB-3", "email", "a@example.com")
                .write();
        ImportResult result = validateAndImport(second, "second.csv");

        assertThat(result.created()).isEqualTo(3);
        assertThat(result.alreadyImported()).isEqualTo(2);
        assertThat(accounts(creditor)).isEqualTo(4);
        assertThat(dsl.fetchCount(DEBTOR, DEBTOR.CREDITOR_ID.eq(creditorId(creditor))))
                .as("Deb-1 and Deb-3, compared the way the database compares").isEqualTo(2);
        assertThat(dsl.selectFrom(ACCOUNT).where(ACCOUNT.EXTERNAL_REF.eq("Case-2"),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor))).fetchSingle().getDebtorId())
                .isEqualTo(dsl.fetchValue(DEBTOR.ID, DEBTOR.EXTERNAL_REF.eq("Deb-1")
                        .and(DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))));
        var deb3 = dsl.fetchValue(DEBTOR.ID, DEBTOR.EXTERNAL_REF.eq("Deb-3")
                .and(DEBTOR.CREDITOR_ID.eq(creditorId(creditor))));
        assertThat(dsl.select(CONTACT_POINT.VALUE).from(CONTACT_POINT).where(CONTACT_POINT.DEBTOR_ID.eq(deb3))
                .orderBy(CONTACT_POINT.VALUE).fetch(CONTACT_POINT.VALUE)).containsExactly("2125550102", "a@example.com");
        assertThat(dsl.fetchCount(TIMELINE_ENTRY.join(ACCOUNT).on(ACCOUNT.ID.eq(TIMELINE_ENTRY.ACCOUNT_ID)),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(4);
    }

    @Test
    void aNewCreditorsReferencesEqualUnderTheCollationInOneChunkAreOneAccount() {
        String creditor = ref("CR");
        Path file = TestFiles.placements(creditor)
                .row("account_ref", "Mixed-1", "debtor_ref", "Pers-1", "phone_1", "2125550111")
                .row("account_ref", "MIXED-1", "debtor_ref", "Pers-2")
                .row("account_ref", "Mixed-2", "debtor_ref", "PERS-1", "email", "p1@example.com")
                .write();

        ImportResult result = validateAndImport(file, "mixed.csv");

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.alreadyImported()).isEqualTo(1);
        assertThat(dsl.select(DEBTOR.EXTERNAL_REF).from(DEBTOR).where(DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))
                .fetch(DEBTOR.EXTERNAL_REF)).as("the repeated account's debtor is not created").containsExactly("Pers-1");
        assertThat(dsl.select(CONTACT_POINT.VALUE).from(CONTACT_POINT).join(DEBTOR)
                .on(DEBTOR.ID.eq(CONTACT_POINT.DEBTOR_ID)).where(DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))
                .orderBy(CONTACT_POINT.VALUE).fetch(CONTACT_POINT.VALUE)).containsExactly("2125550111", "p1@example.com");
        assertThat(dsl.fetchCount(TIMELINE_ENTRY.join(ACCOUNT).on(ACCOUNT.ID.eq(TIMELINE_ENTRY.ACCOUNT_ID)),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(2);
    }

    @Test
    void twoOverlappingFilesImportedAtTheSameTimeCreateEveryAccountOnce() throws Exception {
        String creditor = ref("CR");
        TestFiles a = TestFiles.placements(creditor);
        TestFiles b = TestFiles.placements(creditor);
        for (int i = 0; i < 600; i++) {
            String[] row = {"account_ref", "P" + i, "debtor_ref", "D" + i / 2, "phone_1", "212555" + (1000 + i / 2)};
            if (i < 400) {
                a.row(row);
            }
            if (i >= 200) {
                b.row(row);
            }
        }
        Path fileA = a.write();
        Path fileB = b.write();
        ValidationReport reportA = importer.validate(fileA, "a.csv", ImportProgress.NONE);
        ValidationReport reportB = importer.validate(fileB, "b.csv", ImportProgress.NONE);
        importer.chunkSize(50);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> importer.importValidated(fileA, "a.csv", reportA, "admin",
                    ImportProgress.NONE));
            var second = pool.submit(() -> importer.importValidated(fileB, "b.csv", reportB, "admin",
                    ImportProgress.NONE));
            ImportResult ra = first.get();
            ImportResult rb = second.get();
            assertThat(ra.created() + rb.created()).isEqualTo(600);
            assertThat(ra.alreadyImported() + rb.alreadyImported()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts(creditor)).isEqualTo(600);
        assertThat(dsl.fetchCount(DEBTOR, DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(300);
        assertThat(dsl.fetchCount(CONTACT_POINT.join(DEBTOR).on(DEBTOR.ID.eq(CONTACT_POINT.DEBTOR_ID)),
                DEBTOR.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(300);
        assertThat(dsl.fetchCount(TIMELINE_ENTRY.join(ACCOUNT).on(ACCOUNT.ID.eq(TIMELINE_ENTRY.ACCOUNT_ID)),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor)))).isEqualTo(600);
        assertThat(dsl.fetchCount(ACCOUNT.join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID)),
                ACCOUNT.CREDITOR_ID.eq(creditorId(creditor)), DEBTOR.EXTERNAL_REF.eq("D150"))).isEqualTo(2);
    }

    private ImportResult validateAndImport(Path file, String fileName) {
        return importer.importValidated(file, fileName, importer.validate(file, fileName, ImportProgress.NONE), "admin",
                ImportProgress.NONE);
    }

    private int accounts(String creditor) {
        return dsl.fetchCount(ACCOUNT.join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID)), CREDITOR.CODE.eq(creditor));
    }

    private Long creditorId(String code) {
        return dsl.fetchValue(CREDITOR.ID, CREDITOR.CODE.eq(code));
    }

    private String fileError(Path file) {
        return importer.validate(file, "f.csv", ImportProgress.NONE).fileError();
    }

    private List<String> auditActions(long batchId) {
        return dsl.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq("import_batch"), AUDIT_EVENT.ENTITY_ID.eq(Long.toString(batchId)),
                        AUDIT_EVENT.ACTOR.eq("admin"))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }
}
