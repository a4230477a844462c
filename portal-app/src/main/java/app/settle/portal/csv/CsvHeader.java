package app.settle.portal.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a CSV file: column names (trimmed, compared case-insensitively) to their positions.
 * Column order is free; {@link #missing} and {@link #unknown} let a caller explain a wrong header in one
 * message.
 */
public final class CsvHeader {

    private final Map<String, Integer> positions;

    private CsvHeader(Map<String, Integer> positions) {
        this.positions = positions;
    }

    /**
     * Reads a header row.
     *
     * @throws CsvFormatException if a name is blank or repeated
     */
    public static CsvHeader of(String[] names, long line) throws CsvFormatException {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            String name = normalise(names[i]);
            if (name.isEmpty()) {
                throw new CsvFormatException(line, "Column " + (i + 1) + " of the header row has no name");
            }
            if (positions.putIfAbsent(name, i) != null) {
                throw new CsvFormatException(line, "The header row names column \"" + name + "\" twice");
            }
        }
        return new CsvHeader(positions);
    }

    /** The position of a column, or -1 if the file has none of that name. */
    public int index(String name) {
        return positions.getOrDefault(normalise(name), -1);
    }

    /** The names among {@code required} that the header lacks, in the order given. */
    public List<String> missing(Collection<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            if (index(name) < 0) {
                missing.add(name);
            }
        }
        return missing;
    }

    /** The header's names that are not among {@code known}, in file order. */
    public List<String> unknown(Collection<String> known) {
        List<String> knownNames = known.stream().map(CsvHeader::normalise).toList();
        return positions.keySet().stream().filter(name -> !knownNames.contains(name)).toList();
    }

    /** How many columns the header has. */
    public int size() {
        return positions.size();
    }

    private static String normalise(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
