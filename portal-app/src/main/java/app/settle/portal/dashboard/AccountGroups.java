package app.settle.portal.dashboard;

import app.settle.api.core.AgingBucket;
import app.settle.portal.dashboard.DashboardFigures.AgingRow;
import app.settle.portal.dashboard.DashboardFigures.Recovery;
import app.settle.portal.dashboard.DashboardFigures.RollRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Aging, roll rates and recovery computed from accounts grouped by delinquency date, placement month and
 * resolution month ({@code kpi_account_group}). Days past due only grow while an account is active, so an
 * account's bucket on any day follows from its delinquency date; whether it was still active then follows from
 * the months it was placed and resolved.
 */
final class AccountGroups {

    /** One group of accounts; {@code resolvedMonth} is null while they are active. */
    record Group(LocalDate delinquencyDate, YearMonth placedMonth, YearMonth resolvedMonth, long accounts,
                 BigDecimal original, BigDecimal current, BigDecimal paid) {

        boolean activeAtEndOf(YearMonth month) {
            return !placedMonth.isAfter(month) && (resolvedMonth == null || resolvedMonth.isAfter(month));
        }

        AgingBucket bucketOn(LocalDate day) {
            return AgingBucket.of(Math.max(0, ChronoUnit.DAYS.between(delinquencyDate, day)));
        }
    }

    private AccountGroups() {
    }

    static List<AgingRow> aging(List<Group> groups, LocalDate today) {
        long[] accounts = new long[AgingBucket.values().length];
        BigDecimal[] balance = new BigDecimal[accounts.length];
        java.util.Arrays.fill(balance, BigDecimal.ZERO);
        for (Group g : groups) {
            if (g.resolvedMonth() == null) {
                int b = g.bucketOn(today).ordinal();
                accounts[b] += g.accounts();
                balance[b] = balance[b].add(g.current());
            }
        }
        List<AgingRow> rows = new ArrayList<>();
        for (AgingBucket bucket : AgingBucket.values()) {
            rows.add(new AgingRow(bucket, accounts[bucket.ordinal()], balance[bucket.ordinal()]));
        }
        return rows;
    }

    /**
     * For each month and bucket: accounts active in the bucket at the month's start (the end of the month
     * before), how many of them were still active in a later bucket at its end (or today, for the current
     * month), and how many were resolved during it.
     */
    static List<RollRow> rollRates(List<Group> groups, List<YearMonth> months, LocalDate today) {
        List<RollRow> rows = new ArrayList<>();
        AgingBucket last = AgingBucket.values()[AgingBucket.values().length - 1];
        for (YearMonth month : months) {
            YearMonth before = month.minusMonths(1);
            LocalDate start = before.atEndOfMonth();
            LocalDate end = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
            if (start.isAfter(today)) {
                continue;
            }
            long[] atStart = new long[AgingBucket.values().length];
            long[] rolled = new long[atStart.length];
            long[] resolved = new long[atStart.length];
            for (Group g : groups) {
                if (!g.activeAtEndOf(before)) {
                    continue;
                }
                int b = g.bucketOn(start).ordinal();
                atStart[b] += g.accounts();
                if (month.equals(g.resolvedMonth())) {
                    resolved[b] += g.accounts();
                } else if (g.bucketOn(end).ordinal() > b) {
                    rolled[b] += g.accounts();
                }
            }
            for (AgingBucket bucket : AgingBucket.values()) {
                int b = bucket.ordinal();
                rows.add(new RollRow(month, bucket, atStart[b], bucket == last ? null : rolled[b], resolved[b]));
            }
        }
        return rows;
    }

    static Recovery recovery(List<Group> groups, Period period) {
        YearMonth first = YearMonth.from(period.from());
        YearMonth lastMonth = YearMonth.from(period.to());
        long accounts = 0;
        BigDecimal placed = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (Group g : groups) {
            if (!g.placedMonth().isBefore(first) && !g.placedMonth().isAfter(lastMonth)) {
                accounts += g.accounts();
                placed = placed.add(g.original());
                paid = paid.add(g.paid());
            }
        }
        return new Recovery(accounts, placed, paid);
    }
}
