package app.settle.worklist;

/**
 * Where a worklist page ends: the section and the (rank, account id) of its last row. The next page continues
 * after it (keyset paging, so a page 900,000 rows deep costs what the first does).
 */
record Cursor(WorklistRow.Section section, long rank, long accountId) {

    static Cursor after(WorklistRow row) {
        return new Cursor(row.section(), row.rank(), row.accountId());
    }
}
