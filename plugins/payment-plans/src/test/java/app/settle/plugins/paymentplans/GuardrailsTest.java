package app.settle.plugins.paymentplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.settle.api.PluginSettings;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guardrail settings as an administrator writes them: defaults, accepted edges, and clear refusals. */
class GuardrailsTest {

    private static PluginSettings settings(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    @Test
    void unsetSettingsTakeTheDefaults() {
        assertThat(Guardrails.from(settings(Map.of()))).isEqualTo(Guardrails.DEFAULTS);
    }

    @Test
    void valuesAtTheEdgesOfTheirRangesAreAccepted() {
        Guardrails g = Guardrails.from(settings(Map.of("min-promise-amount", " 0 ", "min-promise-percent", "100",
                "max-days-out", "1", "max-plan-months", "120", "settlement-floor-percent", "0.5",
                "max-settlement-instalments", "1", "grace-days", "0", "default-after-broken", "1")));

        assertThat(g.minPromiseAmount()).isEqualByComparingTo("0");
        assertThat(g.minPromisePercent()).isEqualByComparingTo("100");
        assertThat(g.floorPercent()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(g.maxDaysOut()).isEqualTo(1);
        assertThat(g.maxPlanMonths()).isEqualTo(120);
        assertThat(g.maxSettlementInstalments()).isEqualTo(1);
        assertThat(g.graceDays()).isZero();
        assertThat(g.defaultAfter()).isEqualTo(1);
    }

    @Test
    void eachSettingOutOfRangeIsNamedWithItsLimits() {
        assertRefused("min-promise-amount", "-1", "must be at least 0 and at most 1000000000 (it is -1)");
        assertRefused("min-promise-percent", "-0.1", "must be at least 0 and at most 100 (it is -0.1)");
        assertRefused("min-promise-percent", "101", "must be at least 0 and at most 100 (it is 101)");
        assertRefused("settlement-floor-percent", "0", "must be more than 0 and at most 100 (it is 0)");
        assertRefused("settlement-floor-percent", "100.01", "must be more than 0 and at most 100 (it is 100.01)");
        assertRefused("max-days-out", "0", "must be at least 1 and at most 365 (it is 0)");
        assertRefused("max-plan-months", "0", "must be at least 1 and at most 120 (it is 0)");
        assertRefused("max-settlement-instalments", "0", "must be at least 1 and at most 120 (it is 0)");
        assertRefused("grace-days", "-1", "must be at least 0 and at most 90 (it is -1)");
        assertRefused("default-after-broken", "0", "must be at least 1 and at most 120 (it is 0)");
    }

    @Test
    void somethingThatIsNotANumberIsNamedAsSuch() {
        assertRefused("settlement-floor-percent", "60%", "must be a number (it is \"60%\")");
        assertRefused("grace-days", "3.5", "must be a whole number (it is \"3.5\")");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> Guardrails.from(settings(Map.of("grace-days", "-2", "max-days-out", "abc"))))
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageStartingWith("The payment plans settings are not valid: ")
                .hasMessageContaining("settle.plugins.payment-plans.max-days-out must be a whole number")
                .hasMessageContaining("settle.plugins.payment-plans.grace-days must be at least 0")
                .hasMessageEndingWith("Ask an administrator to correct them.");
    }

    private static void assertRefused(String key, String value, String problem) {
        assertThatThrownBy(() -> Guardrails.from(settings(Map.of(key, value))))
                .as(key + " = " + value)
                .isInstanceOf(PlanRefusedException.class)
                .hasMessageContaining("settle.plugins.payment-plans." + key + " " + problem);
    }
}
