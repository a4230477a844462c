package app.settle.worklist;

/**
 * The weights of a weighted ranking: rank points = balance points × balance + days-past-due points × days past
 * due + score × score + promise points × promises + recency points × recency. Each weight is 0 to 10.
 */
record Weights(int balance, int daysPastDue, int score, int promises, int recency) {

    static final Weights EVEN = new Weights(1, 1, 1, 1, 1);
    static final int MAX = 10;

    Weights {
        for (int w : new int[] {balance, daysPastDue, score, promises, recency}) {
            if (w < 0 || w > MAX) {
                throw new IllegalArgumentException("Weights are whole numbers from 0 to " + MAX + ".");
            }
        }
    }

    /** Recency points: never contacted or 30+ days ago 20, 7 to 29 days ago 10, more recently 0. */
    static int recencyPoints(Long daysSinceContact) {
        if (daysSinceContact == null || daysSinceContact >= 30) {
            return 20;
        }
        return daysSinceContact >= 7 ? 10 : 0;
    }

    int rankPoints(int balancePoints, int daysPastDuePoints, int totalScore, int promisePoints, int recencyPoints) {
        return balance * balancePoints + daysPastDue * daysPastDuePoints + score * totalScore
                + promises * promisePoints + recency * recencyPoints;
    }
}
