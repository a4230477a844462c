package app.settle.plugins.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisputeWindowTest {

    private static final LocalDate NOTICE = LocalDate.of(2026, 10, 1);

    @Test
    void aDisputeReceivedOnTheLastDayOfTheWindowIsInsideIt() {
        DisputeWindow window = DisputeWindow.of(NOTICE.plusDays(35), NOTICE, 35, 30);

        assertThat(window.withinWindow()).isTrue();
        assertThat(window.windowEndsOn()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void aDisputeReceivedTheDayAfterTheWindowIsOutside() {
        DisputeWindow window = DisputeWindow.of(NOTICE.plusDays(36), NOTICE, 35, 30);

        assertThat(window.withinWindow()).isFalse();
        assertThat(window.windowEndsOn()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void theResponseIsDueTheConfiguredNumberOfDaysAfterReceipt() {
        assertThat(DisputeWindow.of(LocalDate.of(2026, 11, 20), NOTICE, 35, 30).dueOn())
                .isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(DisputeWindow.of(LocalDate.of(2026, 11, 20), NOTICE, 35, 10).dueOn())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void withoutAValidationNoticeTheDisputeCountsAsInsideTheWindow() {
        DisputeWindow window = DisputeWindow.of(LocalDate.of(2026, 11, 20), null, 35, 30);

        assertThat(window.withinWindow()).isTrue();
        assertThat(window.windowEndsOn()).isNull();
        assertThat(window.dueOn()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void aDisputeReceivedBeforeTheNoticeIsInsideTheWindow() {
        assertThat(DisputeWindow.of(NOTICE.minusDays(3), NOTICE, 35, 30).withinWindow()).isTrue();
    }
}
