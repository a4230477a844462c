package app.settle.portal.imports;

/**
 * Told how far a validation or import has got, from the thread doing the work (a view forwards it to its UI
 * with {@code ui.access}). Calls come every few thousand rows, not per row.
 */
@FunctionalInterface
public interface ImportProgress {

    /** Ignores progress. */
    ImportProgress NONE = (rowsDone, bytesDone, totalBytes) -> { };

    /**
     * @param rowsDone   data rows handled so far
     * @param bytesDone  bytes of the file read so far
     * @param totalBytes the file's size in bytes
     */
    void update(long rowsDone, long bytesDone, long totalBytes);
}
