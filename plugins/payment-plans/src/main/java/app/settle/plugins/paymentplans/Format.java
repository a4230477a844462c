package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Amounts and dates as people read them, like the host's screens (e.g. "1,234.50", "30 Nov 2026"). */
final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    private Format() {
    }

    /** An amount in the account's currency is shown with {@code Money.format()}; this is for bare figures. */
    static String amount(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }
}
