package app.settle.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.core.AgingBucket;
import app.settle.portal.csv.CsvReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated files: their format, their realism, and that nothing in them is real or card-like. */
class DemoPortfolioGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int ACCOUNTS = 5_000;

    @TempDir
    static Path dir;
    private static DemoPortfolioGenerator.Written written;
    private static List<Map<String, String>> placements;
    private static List<Map<String, String>> payments;

    @BeforeAll
    static void generate() throws IOException {
        written = new DemoPortfolioGenerator(7, DemoPortfolioGenerator.DEMO_TEAMS, TODAY)
                .write(dir.resolve("seven"), ACCOUNTS);
        placements = TestCsv.read(written.placementFile());
        payments = TestCsv.read(written.paymentFile());
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers(@TempDir Path other) throws IOException {
        var again = new DemoPortfolioGenerator(7, DemoPortfolioGenerator.DEMO_TEAMS, TODAY).write(other.resolve("a"),
                ACCOUNTS);
        var different = new DemoPortfolioGenerator(8, DemoPortfolioGenerator.DEMO_TEAMS, TODAY)
                .write(other.resolve("b"), ACCOUNTS);

        assertThat(Files.mismatch(again.placementFile(), written.placementFile())).isEqualTo(-1);
        assertThat(Files.mismatch(again.paymentFile(), written.paymentFile())).isEqualTo(-1);
        assertThat(Files.mismatch(different.placementFile(), written.placementFile())).isNotEqualTo(-1);
    }

    @Test
    void headersAreExactlyTheImportFormats() throws IOException {
        assertThat(Files.readAllLines(written.placementFile(), StandardCharsets.UTF_8).getFirst()).isEqualTo(
                "creditor_code,creditor_name,account_ref,debtor_ref,debtor_type,first_name,last_name,business_name,"
                        + "date_of_birth,ssn_last4,address,city,state,postal_code,time_zone,phone_1,phone_2,email,"
                        + "currency,original_balance,current_balance,delinquency_date,charge_off_date,"
                        + "last_payment_date,validation_notice_date,statute_date,team");
        assertThat(Files.readAllLines(written.paymentFile(), StandardCharsets.UTF_8).getFirst()).isEqualTo(
                "payment_ref,creditor_code,account_ref,kind,reverses_ref,amount,currency,paid_on,method");
    }

    @Test
    void writesExactlyTheAccountsAskedForEachWithEveryColumn() {
        assertThat(placements).hasSize(ACCOUNTS);
        assertThat(written.accounts()).isEqualTo(ACCOUNTS);
        assertThat(placements).allSatisfy(row -> assertThat(row).hasSize(27));
        assertThat(placements.stream().map(r -> r.get("creditor_code") + "/" + r.get("account_ref")).distinct())
                .hasSize(ACCOUNTS);
        assertThat(payments).hasSize(written.payments() + written.reversals());
    }

    @Test
    void thePaymentFileEndsWithATrailerOfItsTotalAndRowCount() throws IOException {
        BigDecimal total = payments.stream().map(r -> new BigDecimal(r.get("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> lines = Files.readAllLines(written.paymentFile());

        assertThat(lines.getLast()).isEqualTo("TRAILER," + total.toPlainString() + "," + payments.size());
    }

    @Test
    void noDigitRunLooksLikeACardNumber() throws IOException {
        Pattern run = Pattern.compile("\\d{13,19}");
        for (Path file : List.of(written.placementFile(), written.paymentFile())) {
            String text = Files.readString(file);
            // Also with the separators people put in card numbers (spaces, dashes) taken out.
            for (String variant : List.of(text, text.replaceAll("[ \\-()]", ""))) {
                Matcher m = run.matcher(variant);
                while (m.find()) {
                    assertThat(passesLuhn(m.group())).as("card-like digits %s in %s", m.group(), file).isFalse();
                }
            }
        }
    }

    @Test
    void debtorsLiveInValidStatesAcrossEveryUsZoneWithFictionalContacts() {
        Set<String> zones = new HashSet<>();
        for (var row : placements) {
            assertThat(UsPlaces.STATE_CODES).contains(row.get("state"));
            assertThat(row.get("postal_code")).matches("\\d{5}");
            if (!row.get("time_zone").isEmpty()) {
                zones.add(ZoneId.of(row.get("time_zone")).getId());
            }
            for (String phone : List.of(row.get("phone_1"), row.get("phone_2"))) {
                if (!phone.isEmpty()) {
                    assertThat(phone.replaceAll("\\D", "")).matches("[2-9]\\d\\d55501\\d\\d");
                }
            }
            if (!row.get("email").isEmpty()) {
                assertThat(row.get("email")).matches("[a-z0-9.]+@example\\.(com|org|net)");
            }
        }
        assertThat(zones).contains("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
                "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu");
        assertThat(placements).anyMatch(row -> row.get("time_zone").isEmpty());
        assertThat(placements.stream().map(r -> r.get("state")).distinct().count()).isGreaterThan(40);
    }

    @Test
    void portfolioHasEveryAgingBucketAndRealisticBalances() {
        Map<AgingBucket, Integer> buckets = new HashMap<>();
        for (var row : placements) {
            long dpd = ChronoUnit.DAYS.between(LocalDate.parse(row.get("delinquency_date")), TODAY);
            buckets.merge(AgingBucket.of(dpd), 1, Integer::sum);
            double original = Double.parseDouble(row.get("original_balance"));
            assertThat(original).isBetween(50.0, 25_000.0);
            assertThat(row.get("current_balance")).matches("\\d+\\.\\d\\d");
            assertThat(LocalDate.parse(row.get("statute_date"))).isAfter(LocalDate.parse(row.get("delinquency_date")));
        }
        assertThat(buckets.keySet()).containsExactlyInAnyOrder(AgingBucket.values());
        assertThat(buckets.get(AgingBucket.DAYS_181_PLUS)).isGreaterThan(ACCOUNTS / 3);
    }

    @Test
    void someDebtorsOweTwoAccountsAndSomeAreBusinesses() {
        Map<String, Integer> accountsPerDebtor = new HashMap<>();
        placements.forEach(r -> accountsPerDebtor.merge(r.get("creditor_code") + "/" + r.get("debtor_ref"), 1,
                Integer::sum));
        assertThat(accountsPerDebtor.values()).contains(2).allMatch(n -> n <= 2);
        assertThat(placements).anyMatch(r -> r.get("debtor_type").equals("BUSINESS") && !r.get("business_name")
                .isEmpty());
        assertThat(placements).anyMatch(r -> r.get("address").contains(","));
        assertThat(placements.stream().map(r -> r.get("creditor_name")).distinct().count()).isGreaterThanOrEqualTo(5);
        assertThat(placements.stream().map(r -> r.get("team")).distinct())
                .containsExactlyInAnyOrder("East Coast Recovery", "West Coast Recovery");
    }

    @Test
    void paymentsBelongToPlacedAccountsAndReversalsToEarlierPayments() {
        Set<String> accounts = new HashSet<>();
        placements.forEach(r -> accounts.add(r.get("creditor_code") + "/" + r.get("account_ref")));
        Set<String> seen = new HashSet<>();
        for (var row : payments) {
            assertThat(accounts).contains(row.get("creditor_code") + "/" + row.get("account_ref"));
            assertThat(LocalDate.parse(row.get("paid_on"))).isBeforeOrEqualTo(TODAY);
            assertThat(row.get("method")).isIn("ACH", "CARD", "CHECK", "CASH", "WIRE", "OTHER");
            if (row.get("kind").equals("REVERSAL")) {
                assertThat(seen).contains(row.get("reverses_ref"));
            } else {
                assertThat(row.get("kind")).isEqualTo("PAYMENT");
                assertThat(row.get("reverses_ref")).isEmpty();
            }
            seen.add(row.get("payment_ref"));
        }
        assertThat(written.reversals()).isPositive();
    }

    @Test
    void teamsGivenSplitTheCountryEastToWest(@TempDir Path other) throws IOException {
        var three = new DemoPortfolioGenerator(1, List.of("Atlantic", "Plains", "Pacific"), TODAY)
                .write(other, 2_000);
        Map<String, String> teamByZone = new HashMap<>();
        for (var row : TestCsv.read(three.placementFile())) {
            teamByZone.putIfAbsent(row.get("time_zone"), row.get("team"));
        }
        assertThat(teamByZone).containsEntry("America/New_York", "Atlantic")
                .containsEntry("America/Denver", "Plains").containsEntry("America/Los_Angeles", "Pacific");
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** Reads a small CSV file with a header into maps, with the importer's reader; the trailer is left out. */
    static final class TestCsv {
        static List<Map<String, String>> read(Path file) throws IOException {
            List<Map<String, String>> rows = new ArrayList<>();
            try (CsvReader reader = new CsvReader(Files.newInputStream(file))) {
                String[] header = reader.next();
                for (String[] record = reader.next(); record != null; record = reader.next()) {
                    if (record[0].equals("TRAILER")) {
                        continue;
                    }
                    assertThat(record).as("fields of %s", String.join(",", record)).hasSameSizeAs(header);
                    Map<String, String> row = new HashMap<>();
                    for (int i = 0; i < header.length; i++) {
                        row.put(header[i], record[i]);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
