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

    /**
     * The guardrails as configured, each setting checked: amounts and percentages at least 0 (a percentage at most
     * 100), a settlement floor above 0, at least one day out, month, instalment and broken instalment, a grace period
     * of 0 to 90 days.
     *
     * @throws PlanRefusedException naming every setting that is not a number or out of range
     */
    static Guardrails from(PluginSettings settings) {
        SettingsCheck check = new SettingsCheck(settings);
        BigDecimal hundred = BigDecimal.valueOf(100);
        Guardrails g = new Guardrails(
                check.decimal("min-promise-amount", DEFAULTS.minPromiseAmount, BigDecimal.ZERO, false,
                        new BigDecimal("1000000000")),
                check.decimal("min-promise-percent", DEFAULTS.minPromisePercent, BigDecimal.ZERO, false, hundred),
                check.integer("max-days-out", DEFAULTS.maxDaysOut, 1, 365),
                check.integer("max-plan-months", DEFAULTS.maxPlanMonths, 1, 120),
                check.decimal("settlement-floor-percent", DEFAULTS.floorPercent, BigDecimal.ZERO, true, hundred),
                check.integer("max-settlement-instalments", DEFAULTS.maxSettlementInstalments, 1, 120),
                check.integer("grace-days", DEFAULTS.graceDays, 0, 90),
                check.integer("default-after-broken", DEFAULTS.defaultAfter, 1, 120));
        check.requireValid();
        return g;
    }
}
