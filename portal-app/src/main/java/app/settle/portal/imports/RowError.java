package app.settle.portal.imports;

/**
 * One problem with one row of an import file.
 *
 * @param line   the row's line in the file (the header is line 1), as a spreadsheet numbers it
 * @param column the column's name, or empty when the problem is the whole row
 * @param reason what is wrong, in words; never the value of a field that looks like card data
 */
public record RowError(long line, String column, String reason) {
}
