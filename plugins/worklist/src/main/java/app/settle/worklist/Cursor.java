package app.settle.worklist;

/**
 * Where a worklist page ends: the section, the key of the chosen order ({@link WorklistSort}; the queue's rank by
 * default) and the account id of its last row. The next page continues after it (keyset paging, so a page 900,000
 * rows deep costs what the first does).
 */
record Cursor(WorklistRow.Section section, long key, long accountId) {
}
