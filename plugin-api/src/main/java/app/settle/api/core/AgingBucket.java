package app.settle.api.core;

/** How long an account is past due, in the buckets collection teams report on. */
public enum AgingBucket {
    CURRENT("Current", 0, 0),
    DAYS_1_30("1–30", 1, 30),
    DAYS_31_60("31–60", 31, 60),
    DAYS_61_90("61–90", 61, 90),
    DAYS_91_180("91–180", 91, 180),
    DAYS_181_PLUS("181+", 181, Integer.MAX_VALUE);

    private final String label;
    private final int fromDays;
    private final int toDays;

    AgingBucket(String label, int fromDays, int toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public static AgingBucket of(long daysPastDue) {
        for (AgingBucket bucket : values()) {
            if (daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        return DAYS_181_PLUS;
    }

    public String label() {
        return label;
    }

    public int fromDays() {
        return fromDays;
    }

    public int toDays() {
        return toDays;
    }
}
