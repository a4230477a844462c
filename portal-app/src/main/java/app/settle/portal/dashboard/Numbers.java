package app.settle.portal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How the dashboard writes numbers for people: "$1,234,568", "12,345", "38.2%", "—" for no data. */
final class Numbers {

    static final String NONE = "—";

    private Numbers() {
    }

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String dollars(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /** Short enough to stand on a chart's bar: "$950", "$12.3K", "$1.2M". */
    static String shortDollars(BigDecimal amount) {
        double v = amount.doubleValue();
        double a = Math.abs(v);
        if (a >= 1_000_000_000) {
            return String.format(Locale.US, "$%.1fB", v / 1_000_000_000);
        }
        if (a >= 1_000_000) {
            return String.format(Locale.US, "$%.1fM", v / 1_000_000);
        }
        if (a >= 10_000) {
            return String.format(Locale.US, "$%.1fK", v / 1_000);
        }
        return dollars(amount);
    }

    static String percent(Double ratio) {
        return ratio == null ? NONE : String.format(Locale.US, "%.1f%%", ratio * 100);
    }

    /** A plain decimal for CSV cells: no grouping, no currency sign. */
    static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String plainRatio(Double ratio) {
        return ratio == null ? "" : String.format(Locale.US, "%.4f", ratio);
    }
}
