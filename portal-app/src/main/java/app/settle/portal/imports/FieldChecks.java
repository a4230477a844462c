package app.settle.portal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks and converts one field of an {@link ImportRow}. Each method records a problem on the row (column and
 * reason) and returns null when the value is wrong; a blank optional field also returns null.
 */
final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>,;]+@[^@\\s\"<>,;]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().\\-]");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern US_PHONE = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");

    private FieldChecks() {
    }

    static String required(ImportRow row, String column, int maxLength) {
        String value = row.get(column);
        if (value.isEmpty()) {
            row.problem(column, "is required");
            return null;
        }
        return length(row, column, value, maxLength);
    }

    static String optional(ImportRow row, String column, int maxLength) {
        String value = row.get(column);
        return value.isEmpty() ? null : length(row, column, value, maxLength);
    }

    private static String length(ImportRow row, String column, String value, int maxLength) {
        if (value.length() > maxLength) {
            row.problem(column, String.format("is longer than %,d characters", maxLength));
            return null;
        }
        return value;
    }

    static String matching(ImportRow row, String column, Pattern pattern, String expected, boolean required) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                row.problem(column, "is required");
            }
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            row.problem(column, "must be " + expected);
            return null;
        }
        return value;
    }

    static <E extends Enum<E>> E choice(ImportRow row, String column, Class<E> type, E whenBlank) {
        String value = row.get(column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            if (whenBlank == null) {
                row.problem(column, "is required");
            }
            return whenBlank;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        row.problem(column, "must be one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }

    static LocalDate date(ImportRow row, String column, boolean required, LocalDate latest) {
        String value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                row.problem(column, "is required");
            }
            return null;
        }
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("length", value, 0);
            }
            LocalDate date = LocalDate.parse(value);
            if (latest != null && date.isAfter(latest)) {
                row.problem(column, "is in the future");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            row.problem(column, "must be a date written YYYY-MM-DD");
            return null;
        }
    }

    /** A decimal amount with at most 4 decimals; {@code positive} requires > 0, otherwise ≥ 0. */
    static BigDecimal amount(ImportRow row, String column, boolean positive) {
        String value = row.get(column);
        if (value.isEmpty()) {
            row.problem(column, "is required");
            return null;
        }
        BigDecimal amount;
        try {
            if (!AMOUNT.matcher(value).matches()) {
                throw new NumberFormatException(value);
            }
            amount = new BigDecimal(value);
        } catch (NumberFormatException e) {
            row.problem(column, "must be an amount such as 1250.00 (digits, a point for decimals, no currency sign)");
            return null;
        }
        if (amount.scale() > 4) {
            row.problem(column, "has more than 4 decimals");
            return null;
        }
        if (positive ? amount.signum() <= 0 : amount.signum() < 0) {
            row.problem(column, positive ? "must be more than 0" : "must not be negative");
            return null;
        }
        return amount;
    }

    static String currency(ImportRow row, String column) {
        String value = row.get(column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            row.problem(column, "is required");
            return null;
        }
        if (!CURRENCY.matcher(value).matches() || !isCurrency(value)) {
            row.problem(column, "must be an ISO 4217 currency code such as USD");
            return null;
        }
        return value;
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A US phone number as 10 digits (area code first), from any usual way of writing it. */
    static String usPhone(ImportRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        String digits = PHONE_PUNCTUATION.matcher(value).replaceAll("");
        if (digits.startsWith("+1")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        if (!US_PHONE.matcher(digits).matches()) {
            row.problem(column, "must be a US phone number with area code, such as (212) 555-0142");
            return null;
        }
        return digits;
    }

    static String email(ImportRow row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > 320 || !EMAIL.matcher(value).matches()) {
            row.problem(column, "must be an email address such as name@example.com");
            return null;
        }
        return value.toLowerCase(Locale.ROOT);
    }

    static String oneOf(ImportRow row, String column, Set<String> allowed, String expected) {
        String value = row.get(column).toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            row.problem(column, "must be " + expected);
            return null;
        }
        return value;
    }
}
