package app.settle.portal.csv;

import java.io.IOException;

/** The file is not CSV Settle can read; the message says where and why, in words for the person who sent it. */
public class CsvFormatException extends IOException {

    private final long line;

    public CsvFormatException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based line of the file where the problem is. */
    public long line() {
        return line;
    }
}
