package app.settle.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.portal.testing.DomainTest;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link LoadDataText} writes comes back from MariaDB's {@code LOAD DATA LOCAL INFILE} exactly as it went in. */
class LoadDataTextTest extends DomainTest {

    private static final String[] NASTY = {
        null, "", " ", "\\N", "N", "NULL", "a\tb", "line 1\nline 2", "cr\r\nlf", "back\\slash", "ends with \\",
        "\\", "\\\\t", "\"double\" and 'single' quotes", "nul\u0000char", "caf\u00e9 \u4e2d\u6587 \u0645\u0631\u062d\u0628\u0627",
        "emoji \uD83D\uDE00 and \uD834\uDD1E", "  padded  ", "=SUM(A1)", "tab at end\t", "\t", "\n",
    };

    @Test
    void nastyValuesRoundTripExactlyAndNullStaysDistinctFromEmpty() throws Exception {
        List<String> loaded = dsl.connectionResult(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE load_data_text_check (n INT PRIMARY KEY,"
                        + " value VARCHAR(100) NULL, amount DECIMAL(19,4) NULL, day DATE NULL)"
                        + " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
                LoadDataText text = new LoadDataText(16);
                for (int i = 0; i < NASTY.length; i++) {
                    text.number(i).text(NASTY[i]).decimal(i % 2 == 0 ? null : new BigDecimal("-1234567.0001"))
                            .date(i % 2 == 0 ? LocalDate.of(2024, 2, 29) : null).endRow();
                }
                text.number(NASTY.length).encoded(LoadDataText.field("pre\tencoded\\")).decimal(BigDecimal.ZERO)
                        .date(null).endRow();
                statement.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(text.stream());
                long rows = statement.executeLargeUpdate("LOAD DATA LOCAL INFILE 'check.tsv' INTO TABLE"
                        + " load_data_text_check " + LoadDataText.FORMAT + " (n, value, amount, day)");
                assertThat(rows).isEqualTo(NASTY.length + 1);
                assertThat((Object) statement.getWarnings()).as("no value changed on the way in").isNull();
                List<String> values = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(
                        "SELECT value, amount, day FROM load_data_text_check ORDER BY n")) {
                    while (result.next()) {
                        values.add(result.getString(1));
                        int n = values.size() - 1;
                        if (n < NASTY.length) {
                            assertThat(result.getBigDecimal(2)).isEqualTo(n % 2 == 0 ? null : new BigDecimal("-1234567.0001"));
                            assertThat(result.getObject(3, LocalDate.class))
                                    .isEqualTo(n % 2 == 0 ? LocalDate.of(2024, 2, 29) : null);
                        }
                    }
                }
                statement.execute("DROP TEMPORARY TABLE load_data_text_check");
                return values;
            }
        });

        List<String> expected = new ArrayList<>(Arrays.asList(NASTY));
        expected.add("pre\tencoded\\");
        assertThat(loaded).containsExactlyElementsOf(expected);
        assertThat(loaded.get(0)).isNull();
        assertThat(loaded.get(1)).isNotNull().isEmpty();
    }

    @Test
    void fieldsAreSeparatedByTabsAndRowsEndWithNewlinesWithEscapesInside() {
        LoadDataText text = new LoadDataText(4);
        text.text("a\tb").text(null).text("").number(-7).endRow().text("x\\y\nz").endRow();

        assertThat(new String(text.toBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("a\\tb\t\\N\t\t-7\nx\\\\y\\nz\n");
        assertThat(text.rows()).isEqualTo(2);
    }
}
