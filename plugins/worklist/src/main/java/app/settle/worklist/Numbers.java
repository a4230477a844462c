package app.settle.worklist;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as people read them (US conventions, like the host's screens). */
final class Numbers {

    private Numbers() {
    }

    /** 1234.5 → "1,234.5"; 2000.0000 → "2,000". */
    static String plain(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }

    static String count(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    /** Points with their sign: "+15", "-10", "0". */
    static String points(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }
}
