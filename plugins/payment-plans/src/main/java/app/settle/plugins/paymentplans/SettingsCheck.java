package app.settle.plugins.paymentplans;

import app.settle.api.PluginSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plugin's settings ({@code settle.plugins.payment-plans.*}) and checks each against its allowed range,
 * collecting every problem, so an administrator learns all that is wrong at once. A setting that is not set takes
 * its default; one that is set but not a number, or out of range, is a problem. Use one check per read:
 * read the values, then {@link #requireValid()}.
 */
final class SettingsCheck {

    static final String PREFIX = "settle.plugins.payment-plans.";

    private final PluginSettings settings;
    private final List<String> problems = new ArrayList<>();

    SettingsCheck(PluginSettings settings) {
        this.settings = settings;
    }

    /** A decimal in {@code [min, max]}, or in {@code (min, max]} when {@code minExcluded}. */
    BigDecimal decimal(String key, BigDecimal fallback, BigDecimal min, boolean minExcluded, BigDecimal max) {
        String raw = settings.get(key).map(String::strip).orElse(null);
        if (raw == null) {
            return fallback;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            problems.add(PREFIX + key + " must be a number (it is \"" + raw + "\")");
            return fallback;
        }
        int toMin = value.compareTo(min);
        if (toMin < 0 || minExcluded && toMin == 0 || value.compareTo(max) > 0) {
            problems.add(PREFIX + key + " must be " + (minExcluded ? "more than " : "at least ")
                    + min.toPlainString() + " and at most " + max.toPlainString() + " (it is " + raw + ")");
            return fallback;
        }
        return value;
    }

    /** A whole number in {@code [min, max]}. */
    int integer(String key, int fallback, int min, int max) {
        String raw = settings.get(key).map(String::strip).orElse(null);
        if (raw == null) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            problems.add(PREFIX + key + " must be a whole number (it is \"" + raw + "\")");
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(PREFIX + key + " must be at least " + min + " and at most " + max + " (it is " + raw + ")");
            return fallback;
        }
        return value;
    }

    /** Refuses (with every problem, for users and the log) when any value read was wrong. */
    void requireValid() {
        if (!problems.isEmpty()) {
            throw new PlanRefusedException("The payment plans settings are not valid: " + String.join("; ", problems)
                    + ". Ask an administrator to correct them.");
        }
    }
}
