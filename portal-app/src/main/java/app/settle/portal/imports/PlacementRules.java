package app.settle.portal.imports;

import static app.settle.portal.imports.FieldChecks.amount;
import static app.settle.portal.imports.FieldChecks.currency;
import static app.settle.portal.imports.FieldChecks.date;
import static app.settle.portal.imports.FieldChecks.email;
import static app.settle.portal.imports.FieldChecks.matching;
import static app.settle.portal.imports.FieldChecks.optional;
import static app.settle.portal.imports.FieldChecks.required;
import static app.settle.portal.imports.FieldChecks.usPhone;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a placement file row: each row is one account of a creditor with its debtor. A creditor code
 * seen for the first time (neither in Settle nor on an earlier valid row of the file) needs a creditor name on
 * that row.
 */
final class PlacementRules {

    static final List<String> REQUIRED_COLUMNS = List.of("creditor_code", "account_ref", "debtor_ref", "debtor_type",
            "currency", "original_balance", "current_balance", "delinquency_date", "team");
    static final List<String> COLUMNS = List.of("creditor_code", "creditor_name", "account_ref", "debtor_ref",
            "debtor_type", "first_name", "last_name", "business_name", "date_of_birth", "ssn_last4", "address", "city",
            "state", "postal_code", "time_zone", "phone_1", "phone_2", "email", "currency", "original_balance",
            "current_balance", "delinquency_date", "charge_off_date", "last_payment_date", "validation_notice_date",
            "statute_date", "team");

    private static final Pattern CREDITOR_CODE = Pattern.compile("[A-Z0-9_-]{1,40}");
    private static final Pattern SSN_LAST4 = Pattern.compile("\\d{4}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}(-\\d{4})?");

    private enum DebtorType { PERSON, BUSINESS }

    private final Map<String, Long> teams;
    private final Set<String> knownCreditors;
    private final LocalDate today;

    /**
     * @param teams          team name (lower case) to id
     * @param knownCreditors creditor codes already in Settle; grows with the codes the file introduces
     */
    PlacementRules(Map<String, Long> teams, Set<String> knownCreditors, LocalDate today) {
        this.teams = teams;
        this.knownCreditors = new HashSet<>(knownCreditors);
        this.today = today;
    }

    /** The checked row, or null if the row has problems (recorded on it). */
    Placement check(ImportRow row) {
        String creditorCode = matching(row, "creditor_code", CREDITOR_CODE,
                "1 to 40 capital letters, digits, _ or -", true);
        String creditorName = optional(row, "creditor_name", 200);
        if (creditorCode != null && !knownCreditors.contains(creditorCode) && creditorName == null
                && row.isBlank("creditor_name")) {
            row.problem("creditor_name", "is required the first time creditor " + creditorCode + " appears");
        }
        String accountRef = required(row, "account_ref", 64);
        String debtorRef = required(row, "debtor_ref", 64);
        DebtorType type = FieldChecks.choice(row, "debtor_type", DebtorType.class, null);
        String firstName = optional(row, "first_name", 100);
        String lastName = optional(row, "last_name", 100);
        String businessName = optional(row, "business_name", 200);
        if (type == DebtorType.PERSON) {
            requirePresent(row, "first_name", firstName, "is required for a PERSON");
            requirePresent(row, "last_name", lastName, "is required for a PERSON");
        } else if (type == DebtorType.BUSINESS) {
            requirePresent(row, "business_name", businessName, "is required for a BUSINESS");
        }
        LocalDate dateOfBirth = date(row, "date_of_birth", false, today);
        String ssnLast4 = matching(row, "ssn_last4", SSN_LAST4, "4 digits", false);
        String address = optional(row, "address", 320);
        String city = optional(row, "city", 100);
        String state = state(row);
        String postalCode = matching(row, "postal_code", POSTAL_CODE, "5 digits or 5+4 digits (12345-6789)", false);
        String timeZone = timeZone(row, state);
        String phone1 = usPhone(row, "phone_1");
        String phone2 = usPhone(row, "phone_2");
        String email = email(row, "email");
        String currency = currency(row, "currency");
        BigDecimal original = amount(row, "original_balance", false);
        BigDecimal current = amount(row, "current_balance", false);
        LocalDate delinquency = date(row, "delinquency_date", true, today);
        LocalDate chargeOff = date(row, "charge_off_date", false, today);
        LocalDate lastPayment = date(row, "last_payment_date", false, today);
        LocalDate validationNotice = date(row, "validation_notice_date", false, null);
        LocalDate statute = date(row, "statute_date", false, null);
        Long teamId = team(row);
        if (row.hasProblems()) {
            return null;
        }
        knownCreditors.add(creditorCode);
        return new Placement(row.line(), creditorCode, creditorName, accountRef, debtorRef, type.name(), firstName,
                lastName, businessName, dateOfBirth, ssnLast4, address, city, state, postalCode, timeZone, phone1,
                phone2, email, currency, original, current, delinquency, chargeOff, lastPayment, validationNotice,
                statute, teamId);
    }

    private static void requirePresent(ImportRow row, String column, String value, String reason) {
        if (value == null && row.isBlank(column)) {
            row.problem(column, reason);
        }
    }

    private static String state(ImportRow row) {
        String value = row.get("state").toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!UsStates.isState(value)) {
            row.problem("state", "must be a US state or territory code such as NY");
            return null;
        }
        return value;
    }

    private static String timeZone(ImportRow row, String state) {
        String value = row.get("time_zone");
        if (value.isEmpty()) {
            return UsStates.singleZone(state);
        }
        try {
            if (value.length() > 40 || !value.contains("/")) {
                throw new DateTimeException(value);
            }
            return ZoneId.of(value).getId();
        } catch (DateTimeException e) {
            row.problem("time_zone", "must be an IANA time zone such as America/New_York");
            return null;
        }
    }

    private Long team(ImportRow row) {
        String name = row.get("team");
        if (name.isEmpty()) {
            row.problem("team", "is required");
            return null;
        }
        Long id = teams.get(name.toLowerCase(Locale.ROOT));
        if (id == null) {
            row.problem("team", "names no team in Settle");
        }
        return id;
    }
}
