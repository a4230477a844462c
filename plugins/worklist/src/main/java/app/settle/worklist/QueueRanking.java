package app.settle.worklist;

/** How a queue orders its accounts: a weighted score, or one fixed sort. */
enum QueueRanking {
    WEIGHTED("Weighted score"),
    BALANCE("Highest balance first"),
    DAYS_PAST_DUE("Most days past due first"),
    SCORE("Highest score first"),
    OLDEST_CONTACT("Longest without contact first");

    private final String label;

    QueueRanking(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
