package app.settle.worklist;

import static app.settle.worklist.db.Tables.WORKLIST_ACCOUNT;

import app.settle.api.core.AgingBucket;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A queue: which accounts of one team it holds (every filter is optional: null or empty means any) and how it
 * ranks them. {@code personal}: each collector working the queue sees only the accounts assigned to them.
 */
record QueueDefinition(Long id, String name, long teamId, boolean personal, Set<AgingBucket> agingBuckets,
                       BigDecimal balanceMin, BigDecimal balanceMax, Set<String> statuses, Set<String> states,
                       Set<String> timeZones, Integer scoreMin, Integer scoreMax, Integer brokenPromisesMin,
                       Integer daysSinceContactMin, boolean excludeHolds, QueueRanking ranking, Weights weights,
                       int version) {

    QueueDefinition {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new IllegalArgumentException("A queue needs a name of 1 to 80 characters.");
        }
        agingBuckets = agingBuckets == null ? Set.of() : Set.copyOf(agingBuckets);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        states = states == null ? Set.of() : Set.copyOf(states);
        timeZones = timeZones == null ? Set.of() : Set.copyOf(timeZones);
        if (balanceMin != null && balanceMax != null && balanceMin.compareTo(balanceMax) > 0) {
            throw new IllegalArgumentException("The lowest balance is above the highest.");
        }
        if (balanceMin != null && balanceMin.signum() < 0 || balanceMax != null && balanceMax.signum() < 0) {
            throw new IllegalArgumentException("Balances are not negative.");
        }
        if (scoreMin != null && scoreMax != null && scoreMin > scoreMax) {
            throw new IllegalArgumentException("The lowest score is above the highest.");
        }
        if (brokenPromisesMin != null && brokenPromisesMin < 0 || daysSinceContactMin != null && daysSinceContactMin < 0) {
            throw new IllegalArgumentException("Counts of promises and days are not negative.");
        }
        for (String state : states) {
            if (!state.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("States are two-letter codes such as NY: " + state);
            }
        }
        for (String zone : timeZones) {
            try {
                java.time.ZoneId.of(zone);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("Not a time zone: " + zone);
            }
        }
        if (ranking == null) {
            ranking = QueueRanking.WEIGHTED;
        }
        if (weights == null) {
            weights = Weights.EVEN;
        }
    }

    /** A new queue of the team with no filter but active accounts without holds, ranked by the weighted score. */
    static QueueDefinition starter(String name, long teamId, boolean personal) {
        return new QueueDefinition(null, name, teamId, personal, Set.of(), null, null, Set.of("ACTIVE"), Set.of(),
                Set.of(), null, null, null, null, true, QueueRanking.WEIGHTED, Weights.EVEN, 0);
    }

    /** The accounts of {@code worklist_account} this queue holds, as of {@code now}. */
    Condition membership(LocalDateTime now) {
        List<Condition> all = new ArrayList<>();
        all.add(WORKLIST_ACCOUNT.TEAM_ID.eq(teamId));
        if (!agingBuckets.isEmpty()) {
            all.add(DSL.or(agingBuckets.stream().map(bucket -> bucket.toDays() == Integer.MAX_VALUE
                    ? WORKLIST_ACCOUNT.DAYS_PAST_DUE.ge(bucket.fromDays())
                    : WORKLIST_ACCOUNT.DAYS_PAST_DUE.between(bucket.fromDays(), bucket.toDays())).toList()));
        }
        if (balanceMin != null) {
            all.add(WORKLIST_ACCOUNT.BALANCE.ge(balanceMin));
        }
        if (balanceMax != null) {
            all.add(WORKLIST_ACCOUNT.BALANCE.le(balanceMax));
        }
        if (!statuses.isEmpty()) {
            all.add(WORKLIST_ACCOUNT.STATUS.in(statuses));
        }
        if (!states.isEmpty()) {
            all.add(WORKLIST_ACCOUNT.STATE.in(states));
        }
        if (!timeZones.isEmpty()) {
            all.add(WORKLIST_ACCOUNT.TIME_ZONE.in(timeZones));
        }
        if (scoreMin != null) {
            all.add(WORKLIST_ACCOUNT.SCORE.ge(scoreMin));
        }
        if (scoreMax != null) {
            all.add(WORKLIST_ACCOUNT.SCORE.le(scoreMax));
        }
        if (brokenPromisesMin != null) {
            all.add(WORKLIST_ACCOUNT.BROKEN_PROMISES.ge(brokenPromisesMin));
        }
        if (daysSinceContactMin != null) {
            all.add(WORKLIST_ACCOUNT.LAST_CONTACT_AT.isNull()
                    .or(WORKLIST_ACCOUNT.LAST_CONTACT_AT.le(now.minusDays(daysSinceContactMin))));
        }
        if (excludeHolds) {
            all.add(WORKLIST_ACCOUNT.ON_HOLD.isFalse());
        }
        return DSL.and(all);
    }

    /** The rank of an account in this queue: ascending, so the smallest value comes first. */
    Field<Long> rank(LocalDateTime now) {
        var w = WORKLIST_ACCOUNT;
        return switch (ranking) {
            case WEIGHTED -> {
                Field<Integer> recency = DSL.when(w.LAST_CONTACT_AT.isNull().or(w.LAST_CONTACT_AT.le(now.minusDays(30))),
                                DSL.inline(Weights.recencyPoints(null)))
                        .when(w.LAST_CONTACT_AT.le(now.minusDays(7)), DSL.inline(Weights.recencyPoints(7L)))
                        .otherwise(DSL.inline(Weights.recencyPoints(0L)));
                yield DSL.inline(0L).minus(w.PTS_BALANCE.times(weights.balance())
                        .plus(w.PTS_DAYS_PAST_DUE.times(weights.daysPastDue()))
                        .plus(w.SCORE.times(weights.score()))
                        .plus(w.PTS_PROMISES.times(weights.promises()))
                        .plus(recency.times(weights.recency())).cast(Long.class));
            }
            case BALANCE -> DSL.inline(0L).minus(DSL.round(w.BALANCE).cast(Long.class));
            case DAYS_PAST_DUE -> DSL.inline(0L).minus(w.DAYS_PAST_DUE.cast(Long.class));
            case SCORE -> DSL.inline(0L).minus(w.SCORE.cast(Long.class));
            case OLDEST_CONTACT -> DSL.field("COALESCE(UNIX_TIMESTAMP({0}), 0)", Long.class, w.LAST_CONTACT_AT);
        };
    }

    /** The filters in words, for the queue list: "91–180, 181+ · balance from $500 · no holds". */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!agingBuckets.isEmpty()) {
            parts.add("aging " + String.join(", ", agingBuckets.stream().sorted().map(AgingBucket::label).toList()));
        }
        if (balanceMin != null || balanceMax != null) {
            parts.add("balance " + (balanceMin == null ? "up to $" + Numbers.plain(balanceMax)
                    : balanceMax == null ? "from $" + Numbers.plain(balanceMin)
                    : "$" + Numbers.plain(balanceMin) + " to $" + Numbers.plain(balanceMax)));
        }
        if (!statuses.isEmpty()) {
            parts.add(String.join(", ", statuses.stream().sorted().map(s -> s.charAt(0) + s.substring(1).toLowerCase()
                    .replace('_', ' ')).toList()));
        }
        if (!states.isEmpty()) {
            parts.add("states " + String.join(", ", states.stream().sorted().toList()));
        }
        if (!timeZones.isEmpty()) {
            parts.add("zones " + String.join(", ", timeZones.stream().sorted().toList()));
        }
        if (scoreMin != null || scoreMax != null) {
            parts.add("score " + (scoreMin == null ? "up to " + scoreMax : scoreMax == null ? "from " + scoreMin
                    : scoreMin + " to " + scoreMax));
        }
        if (brokenPromisesMin != null) {
            parts.add("at least " + brokenPromisesMin + " broken promise" + (brokenPromisesMin == 1 ? "" : "s"));
        }
        if (daysSinceContactMin != null) {
            parts.add("no contact for " + daysSinceContactMin + "+ days");
        }
        if (excludeHolds) {
            parts.add("no holds");
        }
        return parts.isEmpty() ? "every account of the team" : String.join(" · ", parts);
    }
}
