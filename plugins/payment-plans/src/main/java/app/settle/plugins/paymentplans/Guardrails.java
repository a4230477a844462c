package app.settle.plugins.paymentplans;

import app.settle.api.PluginSettings;
import java.math.BigDecimal;

/**
 * The team's limits on what a collector may agree alone. Outside them, a promise or plan is refused (bad input)
 * or goes to a supervisor's approval queue (a settlement below the floor, a plan longer or smaller than allowed).
 * Read from the plugin's settings ({@code settle.plugins.payment-plans.*}) at each use.
 *
 * @param minPromiseAmount  smallest promise or instalment a collector may accept alone
 * @param minPromisePercent smallest single promise as a percentage of the balance
 * @param maxDaysOut        furthest first date (or promise date) from today
 * @param maxPlanMonths     longest plan a collector may agree alone
 * @param floorPercent      settlement floor: the smallest total as a percentage of the balance
 * @param maxSettlementInstalments a settlement is paid in one payment or a short plan of at most this many
 * @param graceDays         days after a due date before an unpaid instalment counts as broken
 * @param defaultAfter      broken instalments after which a plan is defaulted
 */
record Guardrails(BigDecimal minPromiseAmount, BigDecimal minPromisePercent, int maxDaysOut, int maxPlanMonths,
                  BigDecimal floorPercent, int maxSettlementInstalments, int graceDays, int defaultAfter) {

    static final Guardrails DEFAULTS = new Guardrails(new BigDecimal("25"), new BigDecimal("5"), 30, 12,
            new BigDecimal("60"), 3, 3, 2);

    static Guardrails from(PluginSettings settings) {
        return new Guardrails(
                decimal(settings, "min-promise-amount", DEFAULTS.minPromiseAmount),
                decimal(settings, "min-promise-percent", DEFAULTS.minPromisePercent),
                integer(settings, "max-days-out", DEFAULTS.maxDaysOut),
                integer(settings, "max-plan-months", DEFAULTS.maxPlanMonths),
                decimal(settings, "settlement-floor-percent", DEFAULTS.floorPercent),
                integer(settings, "max-settlement-instalments", DEFAULTS.maxSettlementInstalments),
                integer(settings, "grace-days", DEFAULTS.graceDays),
                integer(settings, "default-after-broken", DEFAULTS.defaultAfter));
    }

    private static BigDecimal decimal(PluginSettings settings, String key, BigDecimal fallback) {
        return settings.get(key).map(String::trim).map(BigDecimal::new).orElse(fallback);
    }

    private static int integer(PluginSettings settings, String key, int fallback) {
        return settings.get(key).map(String::trim).map(Integer::parseInt).orElse(fallback);
    }
}
