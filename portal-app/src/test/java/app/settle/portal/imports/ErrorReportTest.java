package app.settle.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

    @Test
    void listsLineColumnAndReasonWithFormulasNeutralised() throws IOException {
        ValidationReport report = new ValidationReport(ImportKind.PLACEMENT, "p.csv", "abc", null, List.of(), 3, 1, 2,
                0, List.of(new RowError(2, "=cmd|' /C calc'!A0", "looks like a card number (value not shown)"),
                new RowError(3, "amount", "must be an amount, e.g. 1,250.00")), 2, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ErrorReport.write(report, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFline,column,reason\r\n"
                + "2,'=cmd|' /C calc'!A0,looks like a card number (value not shown)\r\n"
                + "3,amount,\"must be an amount, e.g. 1,250.00\"\r\n");
    }

    @Test
    void saysWhenProblemsWereLeftOut() throws IOException {
        ValidationReport report = new ValidationReport(ImportKind.PAYMENT, "p.csv", "abc", null, List.of(), 20_000, 0,
                20_000, 0, List.of(new RowError(2, "amount", "is required")), 20_000, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ErrorReport.write(report, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .endsWith(",,\"… and 19,999 more problems not listed (the report keeps the first 10,000)\"\r\n");
        assertThat(ErrorReport.fileName("May placements.csv")).isEqualTo("May_placements-errors.csv");
    }
}
