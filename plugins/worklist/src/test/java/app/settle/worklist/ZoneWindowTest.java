package app.settle.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneWindowTest {

    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final LocalTime NINE_PM = LocalTime.of(21, 0);
    /** A winter day: New York is UTC-5, Los Angeles UTC-8, Honolulu UTC-10. */
    private static final String DAY = "2026-01-15T";

    @Test
    void aKeyDecodesToTheOffsetsItWasMadeOf() {
        ZoneWindow window = ZoneWindow.of(List.of(ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles")),
                Instant.parse(DAY + "12:00:00Z"));
        assertThat(window).isEqualTo(new ZoneWindow(-480, -300));
        assertThat(ZoneWindow.decode(window.key())).isEqualTo(window);
        assertThat(window.key()).isNotEqualTo(ZoneWindow.UNKNOWN);
    }

    @Test
    void oneZoneIsCallableFromEightInTheMorningUntilBeforeNineAtNightLocalTime() {
        ZoneWindow newYork = ZoneWindow.of(List.of(ZoneId.of("America/New_York")), Instant.parse(DAY + "12:00:00Z"));
        assertThat(newYork.callableAt(Instant.parse(DAY + "12:59:00Z"), EIGHT, NINE_PM)).as("07:59").isFalse();
        assertThat(newYork.callableAt(Instant.parse(DAY + "13:00:00Z"), EIGHT, NINE_PM)).as("08:00").isTrue();
        assertThat(newYork.callableAt(Instant.parse(DAY + "01:59:00Z"), EIGHT, NINE_PM)).as("20:59").isTrue();
        assertThat(newYork.callableAt(Instant.parse(DAY + "02:00:00Z"), EIGHT, NINE_PM)).as("21:00").isFalse();
    }

    @Test
    void anUnknownZoneIsCallableOnlyWhenItIsConvenientInEveryPossibleZone() {
        ZoneWindow everyUsZone = ZoneWindow.of(ContactLimits.REG_F.unknownZoneCandidates(), Instant.parse(DAY + "12:00:00Z"));
        // 13:00 UTC: 08:00 in New York but 03:00 in Honolulu
        assertThat(everyUsZone.callableAt(Instant.parse(DAY + "13:00:00Z"), EIGHT, NINE_PM)).isFalse();
        // 20:00 UTC: 15:00 in New York, 10:00 in Honolulu
        assertThat(everyUsZone.callableAt(Instant.parse(DAY + "20:00:00Z"), EIGHT, NINE_PM)).isTrue();
        // 01:30 UTC: 20:30 in New York, 15:30 in Honolulu
        assertThat(everyUsZone.callableAt(Instant.parse(DAY + "01:30:00Z"), EIGHT, NINE_PM)).isTrue();
    }

    @Test
    void daylightSavingTimeMovesTheOffsets() {
        ZoneWindow winter = ZoneWindow.of(List.of(ZoneId.of("America/New_York")), Instant.parse("2026-01-15T12:00:00Z"));
        ZoneWindow summer = ZoneWindow.of(List.of(ZoneId.of("America/New_York")), Instant.parse("2026-07-15T12:00:00Z"));
        assertThat(winter.minOffsetMinutes()).isEqualTo(-300);
        assertThat(summer.minOffsetMinutes()).isEqualTo(-240);
        assertThat(winter.key()).isNotEqualTo(summer.key());
    }
}
