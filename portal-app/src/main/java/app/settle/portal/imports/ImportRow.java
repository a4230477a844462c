package app.settle.portal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One data row of an import file while it is checked: its fields by column name, and the problems found so
 * far. Values are stripped of surrounding spaces; an absent column reads as empty.
 */
final class ImportRow {

    private final long line;
    private final String[] fields;
    private final Map<String, Integer> positions;
    private final List<RowError> problems = new ArrayList<>(2);

    ImportRow(long line, String[] fields, Map<String, Integer> positions) {
        this.line = line;
        this.fields = fields;
        this.positions = positions;
    }

    long line() {
        return line;
    }

    String[] fields() {
        return fields;
    }

    /** The stripped value of a column, "" when blank or absent. */
    String get(String column) {
        Integer position = positions.get(column);
        if (position == null || position >= fields.length) {
            return "";
        }
        return fields[position].strip();
    }

    boolean isBlank(String column) {
        return get(column).isEmpty();
    }

    void problem(String column, String reason) {
        problems.add(new RowError(line, column, reason));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<RowError> problems() {
        return problems;
    }
}
