package app.settle.plugins.disputes;

import app.settle.api.PluginSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The plugin's settings ({@code settle.plugins.disputes.<key>}), read when needed so a changed value applies to the
 * next action. A value that does not parse is a configuration error and says which key is wrong.
 *
 * @param validationDays   days after the validation notice date that the validation window lasts (default 35: the
 *                         30-day period of 12 CFR 1006.34(b)(5) plus 5 days assumed for delivery)
 * @param responseSlaDays  days after receipt within which the dispute must be answered (default 30)
 * @param dueSoonDays      a dispute due within this many days is highlighted as due soon (default 5)
 * @param approvalThreshold an upheld resolution taking more than this off a balance needs a supervisor's approval
 *                         (default 500.00, in the account's currency)
 * @param holdOtherDisputes whether disputes that the law does not oblige us to hold for (oral, or outside the
 *                         window) hold collection too (default true: the cautious choice)
 * @param evidenceMaxBytes the largest evidence file accepted (default 10 MB)
 * @param evidenceFolder   where evidence files are stored (default {@code evidence} in the plugin's data folder)
 */
record DisputeSettings(int validationDays, int responseSlaDays, int dueSoonDays, BigDecimal approvalThreshold,
                       boolean holdOtherDisputes, long evidenceMaxBytes, Path evidenceFolder) {

    static DisputeSettings read(PluginSettings settings, Supplier<Path> dataFolder) {
        return new DisputeSettings(
                number(settings, "validation-days", "35"),
                number(settings, "response-sla-days", "30"),
                number(settings, "due-soon-days", "5"),
                amount(settings, "approval-threshold", "500.00"),
                flag(settings, "hold-other-disputes", "true"),
                Long.parseLong(settings.get("evidence-max-bytes", Long.toString(10L * 1024 * 1024)).strip()),
                settings.get("evidence-dir").map(Path::of).orElseGet(() -> dataFolder.get().resolve("evidence")));
    }

    private static int number(PluginSettings settings, String key, String fallback) {
        String value = settings.get(key, fallback).strip();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("settle.plugins.disputes." + key + " must be a whole number of days, not '"
                    + value + "'");
        }
    }

    private static BigDecimal amount(PluginSettings settings, String key, String fallback) {
        String value = settings.get(key, fallback).strip();
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("settle.plugins.disputes." + key + " must be an amount, not '" + value + "'");
        }
    }

    private static boolean flag(PluginSettings settings, String key, String fallback) {
        String value = settings.get(key, fallback).strip();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalStateException("settle.plugins.disputes." + key + " must be true or false, not '"
                    + value + "'");
        }
        return Boolean.parseBoolean(value);
    }
}
