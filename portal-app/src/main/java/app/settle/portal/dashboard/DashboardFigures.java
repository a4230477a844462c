package app.settle.portal.dashboard;

import app.settle.api.core.AgingBucket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

/** Everything the dashboard shows for one scope (teams) and period, as read from the pre-aggregated tables. */
record DashboardFigures(Period period, Activity activity, List<AgingRow> aging, List<RollRow> rollRates,
                        List<MonthCollected> collectedByMonth, List<CollectorRow> collectors, List<HoldRow> holds,
                        Recovery recovery, LocalDateTime asOf) {

    /** Totals of logged activity and payments in the period. */
    record Activity(long attempts, long rightParty, long promises, long payments, BigDecimal collected, long kept,
                    long broken) {

        Double rightPartyRate() {
            return ratio(rightParty, attempts);
        }

        Double promiseRate() {
            return ratio(promises, rightParty);
        }

        Double promiseKeptRate() {
            return ratio(kept, kept + broken);
        }
    }

    record AgingRow(AgingBucket bucket, long accounts, BigDecimal balance) {
    }

    /** One month's movement out of one bucket; {@code rolled} is null for the last bucket (nowhere to roll). */
    record RollRow(YearMonth month, AgingBucket bucket, long atStart, Long rolled, long resolved) {

        Double rollRate() {
            return rolled == null ? null : ratio(rolled, atStart);
        }

        Double resolvedRate() {
            return ratio(resolved, atStart);
        }
    }

    record MonthCollected(YearMonth month, long payments, BigDecimal collected) {
    }

    record CollectorRow(String username, String displayName, long attempts, long rightParty, long promises,
                        BigDecimal collected) {
    }

    record HoldRow(String reason, long accounts) {

        String label() {
            String words = reason.toLowerCase().replace('_', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** Accounts placed in the period's months and what has been paid on them since. */
    record Recovery(long accounts, BigDecimal placed, BigDecimal paid) {

        Double rate() {
            return placed.signum() == 0 ? null : paid.divide(placed, 6, RoundingMode.HALF_UP).doubleValue();
        }
    }

    long activeAccounts() {
        return aging.stream().mapToLong(AgingRow::accounts).sum();
    }

    BigDecimal activeBalance() {
        return aging.stream().map(AgingRow::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
