package app.settle.plugins.paymentplans;

import java.time.LocalDate;

/** How often a plan's instalments fall due. A monthly plan keeps the first date's day of month where it can. */
enum Frequency {
    WEEKLY("Weekly"),
    BIWEEKLY("Every two weeks"),
    MONTHLY("Monthly");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The due date of instalment {@code index} (0 = the first date). */
    LocalDate dueDate(LocalDate first, int index) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            case MONTHLY -> first.plusMonths(index);
        };
    }

    /** About how many instalments of this frequency fit in {@code months} months. */
    int instalmentsIn(int months) {
        return switch (this) {
            case WEEKLY -> months * 52 / 12;
            case BIWEEKLY -> months * 26 / 12;
            case MONTHLY -> months;
        };
    }
}
