package app.settle.portal.demo;

import app.settle.portal.demo.UsPlaces.Place;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a fictional but realistic portfolio as the two files Settle imports: {@code placement.csv} (accounts
 * and their debtors) and {@code payments.csv} (payments, some reversed, and a trailer with the control total
 * and row count). The same seed, teams and day give
 * the same bytes. Rows are streamed, so a million accounts need no more memory than ten.
 *
 * <p>What the portfolio looks like: debtors spread over US cities in every mainland zone plus Alaska, Hawaii
 * and Arizona (no daylight saving), a few without a known zone and a few with phones in two zones; about one
 * debtor in nine with two accounts at the same creditor; businesses among the people; log-normal balances
 * between $50 and $25,000 by creditor; delinquency dates spread over every aging bucket; charge-off,
 * statute-of-limitations and validation-notice dates that fit them. Nothing in it is real: phone numbers are
 * 555-01xx, emails are at the example domains, no digit run is long enough to look like a card number.
 */
final class DemoPortfolioGenerator {

    static final String PLACEMENT_FILE = "placement.csv";
    static final String PAYMENT_FILE = "payments.csv";

    static final String PLACEMENT_HEADER = "creditor_code,creditor_name,account_ref,debtor_ref,debtor_type,"
            + "first_name,last_name,business_name,date_of_birth,ssn_last4,address,city,state,postal_code,time_zone,"
            + "phone_1,phone_2,email,currency,original_balance,current_balance,delinquency_date,charge_off_date,"
            + "last_payment_date,validation_notice_date,statute_date,team";
    static final String PAYMENT_HEADER = "payment_ref,creditor_code,account_ref,kind,reverses_ref,amount,currency,"
            + "paid_on,method";

    static final List<String> DEMO_TEAMS = List.of("East Coast Recovery", "West Coast Recovery");

    /** Creditors of the demo, with the typical balance of their accounts and whether they charge off. */
    record Creditor(String code, String name, String prefix, long medianCents, boolean chargesOff, int weight) {
    }

    static final List<Creditor> CREDITORS = List.of(
            new Creditor("NORTHWIND", "Northwind Bank", "NWB", 250_000, true, 30),
            new Creditor("CONTOSO-MED", "Contoso Medical Center", "CMC", 60_000, false, 25),
            new Creditor("TAILSPIN", "Tailspin Telecom", "TST", 35_000, false, 15),
            new Creditor("FABRIKAM", "Fabrikam Auto Finance", "FAF", 650_000, true, 12),
            new Creditor("WOODGROVE", "Woodgrove Credit Union", "WCU", 180_000, true, 10),
            new Creditor("ADVWORKS", "Adventure Works Utilities", "AWU", 30_000, false, 8));

    private static final int CREDITOR_WEIGHT = CREDITORS.stream().mapToInt(Creditor::weight).sum();

    /** Share of accounts per aging bucket, in percent: current, 1–30, 31–60, 61–90, 91–180, 181+. */
    private static final int[] BUCKET_PERCENT = {4, 8, 9, 9, 20, 50};
    private static final int[][] BUCKET_DAYS = {{0, 0}, {1, 30}, {31, 60}, {61, 90}, {91, 180}, {181, 181}};

    private static final String[] METHODS = {"ACH", "ACH", "ACH", "ACH", "CARD", "CARD", "CARD", "CHECK", "CHECK",
            "CASH", "WIRE", "OTHER"};
    private static final long MIN_CENTS = 5_000;
    private static final long MAX_CENTS = 2_500_000;

    private final long seed;
    private final List<String> teams;
    private final LocalDate today;

    /**
     * @param teams the team names accounts are placed with: with up to four, split east to west by the
     *              debtor's region; with more, in turn
     * @param today the day the files are made for (delinquency dates count back from it)
     */
    DemoPortfolioGenerator(long seed, List<String> teams, LocalDate today) {
        if (teams.isEmpty()) {
            throw new IllegalArgumentException("At least one team is needed");
        }
        this.seed = seed;
        this.teams = List.copyOf(teams);
        this.today = today;
    }

    /** What {@link #write} wrote. */
    record Written(Path placementFile, Path paymentFile, int accounts, int debtors, int payments, int reversals,
                   long placementBytes, long paymentBytes) {
    }

    /** Writes both files into {@code folder} (created if missing; existing files replaced). */
    Written write(Path folder, int accounts) throws IOException {
        if (accounts < 1) {
            throw new IllegalArgumentException("At least one account");
        }
        Files.createDirectories(folder);
        Path placementFile = folder.resolve(PLACEMENT_FILE);
        Path paymentFile = folder.resolve(PAYMENT_FILE);
        Run run = new Run();
        try (CsvFileWriter placements = new CsvFileWriter(placementFile);
             CsvFileWriter payments = new CsvFileWriter(paymentFile)) {
            placements.header(PLACEMENT_HEADER);
            payments.header(PAYMENT_HEADER);
            while (run.accounts < accounts) {
                run.debtor(placements, payments, accounts - run.accounts);
            }
            payments.field("TRAILER").cents(run.paymentCents).field(Integer.toString(run.payments + run.reversals));
            payments.endRow();
        }
        return new Written(placementFile, paymentFile, run.accounts, run.debtors, run.payments, run.reversals,
                Files.size(placementFile), Files.size(paymentFile));
    }

    /** One pass over the portfolio: the random stream and the running numbers. */
    private final class Run {
        private final SplittableRandom random = new SplittableRandom(seed);
        private int accounts;
        private int debtors;
        private int payments;
        private int reversals;
        /** The payment file's control total: every row's amount, reversals included. */
        private long paymentCents;

        void debtor(CsvFileWriter placements, CsvFileWriter paymentsOut, int left) throws IOException {
            debtors++;
            Debtor debtor = newDebtor();
            Creditor creditor = pickCreditor();
            int count = left >= 2 && random.nextInt(9) == 0 ? 2 : 1;
            for (int i = 0; i < count; i++) {
                accounts++;
                String accountRef = creditor.prefix() + "-" + (10_000_000 + accounts);
                Placed placed = account(placements, debtor, creditor, accountRef);
                paymentsOf(paymentsOut, creditor, accountRef, placed);
            }
        }

        private Debtor newDebtor() {
            Place place = UsPlaces.pick(random);
            boolean business = random.nextInt(100) < 7;
            String last = DemoNames.lastName(random);
            String first = DemoNames.firstName(random);
            Debtor d = new Debtor();
            d.place = place;
            d.ref = "D-" + (10_000_000 + debtors);
            d.business = business;
            if (business) {
                d.businessName = DemoNames.businessName(random, last);
                d.email = random.nextInt(10) < 7 ? DemoNames.businessEmail(random, last) : null;
            } else {
                d.first = first;
                d.last = last;
                d.birth = LocalDate.of(1948 + random.nextInt(56), 1 + random.nextInt(12), 1 + random.nextInt(28));
                d.ssnLast4 = zeroPadded(1 + random.nextInt(9999), 4);
                d.email = random.nextInt(100) < 55 ? DemoNames.email(random, first, last) : null;
            }
            d.address = DemoNames.streetAddress(random);
            d.postalCode = place.zip3() + zeroPadded(random.nextInt(100), 2);
            d.zone = random.nextInt(100) < 3 ? null : place.zone();
            d.phone1 = random.nextInt(100) < 96 ? phone(place) : null;
            if (d.phone1 != null && random.nextInt(100) < 35) {
                // Mostly a second local number; now and then one kept from a move to another zone.
                d.phone2 = phone(random.nextInt(100) < 15 ? UsPlaces.pick(random) : place);
            }
            d.team = teamFor(place);
            return d;
        }

        /** Writes the placement row. */
        private Placed account(CsvFileWriter out, Debtor d, Creditor creditor, String accountRef) throws IOException {
            long original = logNormalCents(creditor.medianCents());
            int bucket = pickBucket();
            int daysPastDue = bucket == 5
                    ? 181 + (int) Math.min(2300, -Math.log(1 - random.nextDouble()) * 420)
                    : BUCKET_DAYS[bucket][0] + random.nextInt(BUCKET_DAYS[bucket][1] - BUCKET_DAYS[bucket][0] + 1);
            LocalDate delinquency = today.minusDays(daysPastDue);
            boolean chargedOff = creditor.chargesOff() && daysPastDue >= 180;
            long current = chargedOff
                    ? original + original * random.nextInt(16) / 100
                    : Math.max(MIN_CENTS / 2, original - original * random.nextInt(40) / 100);
            LocalDate lastPayment = random.nextInt(100) < 65 ? delinquency.minusDays(10 + random.nextInt(36)) : null;
            LocalDate statute = (lastPayment != null ? lastPayment : delinquency).plusYears(d.place.statuteYears());
            int placedDaysAgo = placedDaysAgo(daysPastDue);
            LocalDate validationNotice = random.nextInt(100) < 8 || placedDaysAgo < 4
                    ? null : today.minusDays(placedDaysAgo - 3);
            Creditor c = creditor;
            out.field(c.code()).field(c.name()).field(accountRef).field(c.prefix() + "-" + d.ref)
                    .field(d.business ? "BUSINESS" : "PERSON")
                    .field(d.first).field(d.last).field(d.businessName).date(d.birth).field(d.ssnLast4)
                    .field(d.address).field(d.place.city()).field(d.place.state()).field(d.postalCode).field(d.zone)
                    .field(d.phone1).field(d.phone2).field(d.email).field("USD")
                    .cents(original).cents(current).date(delinquency)
                    .date(chargedOff ? delinquency.plusDays(180) : null).date(lastPayment)
                    .date(validationNotice).date(statute).field(d.team);
            out.endRow();
            return new Placed(current, placedDaysAgo);
        }

        /** Some accounts pay, in one to four instalments since placement; a few payments bounce. */
        private void paymentsOf(CsvFileWriter out, Creditor creditor, String accountRef, Placed placed)
                throws IOException {
            long currentCents = placed.currentCents();
            int chance = placed.daysAgo() < 3 ? 0 : 28;
            if (random.nextInt(100) >= chance) {
                return;
            }
            int count = 1 + random.nextInt(4);
            int window = Math.min(placed.daysAgo() - 1, 150);
            int[] daysAgo = new int[count];
            for (int i = 0; i < count; i++) {
                daysAgo[i] = random.nextInt(window + 1);
            }
            Arrays.sort(daysAgo);
            long budget = currentCents * (20 + random.nextInt(50)) / 100;
            long each = Math.max(500, roundToDollars(budget / count));
            for (int i = count - 1; i >= 0 && each < currentCents; i--) {
                LocalDate paidOn = today.minusDays(daysAgo[i]);
                String method = METHODS[random.nextInt(METHODS.length)];
                String ref = "PMT-" + (10_000_000 + payments + reversals + 1);
                payments++;
                paymentCents += each;
                out.field(ref).field(creditor.code()).field(accountRef).field("PAYMENT").field(null).cents(each)
                        .field("USD").date(paidOn).field(method);
                out.endRow();
                if (random.nextInt(100) < 4 && daysAgo[i] >= 2) {
                    reversals++;
                    paymentCents += each;
                    LocalDate returned = paidOn.plusDays(Math.min(daysAgo[i], 2 + random.nextInt(8)));
                    out.field("PMT-" + (10_000_000 + payments + reversals)).field(creditor.code())
                            .field(accountRef).field("REVERSAL").field(ref).cents(each).field("USD")
                            .date(returned).field(method);
                    out.endRow();
                }
            }
        }

        private int placedDaysAgo(int daysPastDue) {
            if (daysPastDue >= 181) {
                return 1 + random.nextInt(Math.min(daysPastDue - 170, 540));
            }
            return 1 + random.nextInt(Math.max(1, Math.min(daysPastDue, 60)));
        }

        private long logNormalCents(long median) {
            long cents = Math.round(median * Math.exp(0.9 * random.nextGaussian()));
            return Math.max(MIN_CENTS, Math.min(MAX_CENTS, cents));
        }

        private int pickBucket() {
            int ticket = random.nextInt(100);
            for (int i = 0; i < BUCKET_PERCENT.length; i++) {
                ticket -= BUCKET_PERCENT[i];
                if (ticket < 0) {
                    return i;
                }
            }
            return BUCKET_PERCENT.length - 1;
        }

        private Creditor pickCreditor() {
            int ticket = random.nextInt(CREDITOR_WEIGHT);
            for (Creditor creditor : CREDITORS) {
                ticket -= creditor.weight();
                if (ticket < 0) {
                    return creditor;
                }
            }
            return CREDITORS.getLast();
        }

        /** A fictional number (555-0100 to 555-0199) in one of the place's area codes, written three ways. */
        private String phone(Place place) {
            String area = place.areaCodes()[random.nextInt(place.areaCodes().length)];
            String line = "01" + (random.nextInt(90) + 10);
            return switch (random.nextInt(4)) {
                case 0, 1 -> "(" + area + ") 555-" + line;
                case 2 -> area + "-555-" + line;
                default -> area + "555" + line;
            };
        }

        private String teamFor(Place place) {
            if (teams.size() > 4) {
                return teams.get(debtors % teams.size());
            }
            return teams.get(place.region().ordinal() * teams.size() / UsPlaces.Region.values().length);
        }
    }

    /** The current balance of an account just written and how many days ago it was placed. */
    private record Placed(long currentCents, int daysAgo) {
    }

    private static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static long roundToDollars(long cents) {
        return cents >= 10_000 ? cents / 100 * 100 : cents;
    }

    /** The debtor both accounts of a two-account debtor share. */
    private static final class Debtor {
        Place place;
        String ref;
        boolean business;
        String first;
        String last;
        String businessName;
        LocalDate birth;
        String ssnLast4;
        String address;
        String postalCode;
        String zone;
        String phone1;
        String phone2;
        String email;
        String team;
    }
}
