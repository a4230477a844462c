package app.settle.portal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The dashboard's reporting period: whole UTC days from {@code from} to {@code to}, both included. */
record Period(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 3 * 366;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Choose both the first and the last day of the period.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period's last day is before its first day.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("A period is at most three years long.");
        }
    }

    /** The months the period touches, oldest first. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    String label() {
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
    }

    /** The periods people choose most, relative to today. */
    enum Preset {
        THIS_MONTH("This month"),
        LAST_MONTH("Last month"),
        LAST_90_DAYS("Last 90 days"),
        YEAR_TO_DATE("Year to date"),
        LAST_12_MONTHS("Last 12 months"),
        CUSTOM("Custom…");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        Period on(LocalDate today) {
            return switch (this) {
                case THIS_MONTH, CUSTOM -> new Period(today.withDayOfMonth(1), today);
                case LAST_MONTH -> {
                    YearMonth last = YearMonth.from(today).minusMonths(1);
                    yield new Period(last.atDay(1), last.atEndOfMonth());
                }
                case LAST_90_DAYS -> new Period(today.minusDays(89), today);
                case YEAR_TO_DATE -> new Period(today.withDayOfYear(1), today);
                case LAST_12_MONTHS -> new Period(YearMonth.from(today).minusMonths(11).atDay(1), today);
            };
        }
    }
}
