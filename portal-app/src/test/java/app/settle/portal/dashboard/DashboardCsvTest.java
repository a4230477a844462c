package app.settle.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.core.AgingBucket;
import app.settle.portal.dashboard.DashboardFigures.Activity;
import app.settle.portal.dashboard.DashboardFigures.AgingRow;
import app.settle.portal.dashboard.DashboardFigures.CollectorRow;
import app.settle.portal.dashboard.DashboardFigures.HoldRow;
import app.settle.portal.dashboard.DashboardFigures.Recovery;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV export and the chart markup: plain numbers for spreadsheets, nothing a cell or label can inject. */
class DashboardCsvTest {

    final DashboardFigures figures = new DashboardFigures(
            new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
            new Activity(200, 50, 10, 7, new BigDecimal("12345.675"), 3, 1),
            List.of(new AgingRow(AgingBucket.DAYS_31_60, 4, new BigDecimal("1000.00"))),
            List.of(), List.of(),
            List.of(new CollectorRow("=cmd", "=HYPERLINK(\"x\")", 9, 3, 1, new BigDecimal("50"))),
            List.of(new HoldRow("CEASE_COMMUNICATION", 2)),
            new Recovery(3, new BigDecimal("300"), new BigDecimal("75")),
            LocalDateTime.of(2026, 11, 1, 8, 30));

    @Test
    void figuresArePlainNumbersWithTheirMeasure() throws Exception {
        String csv = write("East");
        assertThat(csv).contains("Collected,,amount,12345.68")
                .contains("Right-party contact rate,,rate,0.2500")
                .contains("Promise-kept rate,,rate,0.7500")
                .contains("Recovery rate,,rate,0.2500")
                .contains("Accounts by aging bucket,31–60,accounts,4")
                .contains("Holds by reason,Cease communication,accounts,2")
                .contains("scope,period,from,2026-10-01");
    }

    @Test
    void cellsThatLookLikeFormulasAreNeutralised() throws Exception {
        String csv = write("=SUM(A1)");
        assertThat(csv).doesNotContain(",=SUM(A1)").doesNotContain(",=cmd");
        assertThat(csv).contains("'=SUM(A1)").contains("'=cmd");
    }

    @Test
    void chartLabelsCannotInjectMarkup() {
        String svg = BarChart.svg("t", List.of(new BarChart.Bar("<img src=x onerror=alert(1)>", 5, "5", "a\"b")));
        assertThat(svg).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;").contains("a&quot;b");
    }

    @Test
    void numbersReadTheWayPeopleWriteThem() {
        assertThat(Numbers.dollars(new BigDecimal("1234567.5"))).isEqualTo("$1,234,568");
        assertThat(Numbers.shortDollars(new BigDecimal("1234567"))).isEqualTo("$1.2M");
        assertThat(Numbers.shortDollars(new BigDecimal("950"))).isEqualTo("$950");
        assertThat(Numbers.percent(0.3819)).isEqualTo("38.2%");
        assertThat(Numbers.percent(null)).isEqualTo("—");
    }

    private String write(String scope) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardCsv.write(figures, scope, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
