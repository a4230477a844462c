package app.settle.portal.dashboard;

import static app.settle.portal.jooq.Tables.APP_USER;
import static app.settle.portal.jooq.Tables.KPI_ACCOUNT_GROUP;
import static app.settle.portal.jooq.Tables.KPI_ACTIVITY_DAY;
import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.ACCOUNT_HOLD;

import app.settle.portal.dashboard.AccountGroups.Group;
import app.settle.portal.dashboard.DashboardFigures.Activity;
import app.settle.portal.dashboard.DashboardFigures.CollectorRow;
import app.settle.portal.dashboard.DashboardFigures.HoldRow;
import app.settle.portal.dashboard.DashboardFigures.MonthCollected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * Reads the dashboard's figures for a set of teams and a period from the pre-aggregated tables kept by
 * {@link KpiRefresh} (holds, which are few, straight from {@code account_hold}). The caller has already
 * checked that the user may see these teams ({@link DashboardScope}).
 */
@Service
class KpiQueries {

    private final DSLContext dsl;
    private final KpiRefresh refresh;

    KpiQueries(DSLContext dsl, KpiRefresh refresh) {
        this.dsl = dsl;
        this.refresh = refresh;
    }

    DashboardFigures figures(Set<Long> teams, Period period, LocalDate today) {
        List<Group> groups = groups(teams);
        return new DashboardFigures(period, activity(teams, period), AccountGroups.aging(groups, today),
                AccountGroups.rollRates(groups, period.months(), today), collectedByMonth(teams, period),
                collectors(teams, period), holds(teams), AccountGroups.recovery(groups, period),
                refresh.refreshedAt());
    }

    private List<Group> groups(Set<Long> teams) {
        var g = KPI_ACCOUNT_GROUP;
        return dsl.select(g.DELINQUENCY_DATE, g.PLACED_MONTH, g.RESOLVED_MONTH, DSL.sum(g.ACCOUNTS),
                        DSL.sum(g.ORIGINAL_BALANCE), DSL.sum(g.CURRENT_BALANCE), DSL.sum(g.PAID_TOTAL))
                .from(g).where(g.TEAM_ID.in(teams))
                .groupBy(g.DELINQUENCY_DATE, g.PLACED_MONTH, g.RESOLVED_MONTH)
                .fetch(r -> new Group(r.value1(), YearMonth.from(r.value2()),
                        r.value3().equals(KpiRefresh.ACTIVE) ? null : YearMonth.from(r.value3()),
                        r.value4().longValue(), r.value5(), r.value6(), r.value7()));
    }

    private Activity activity(Set<Long> teams, Period period) {
        var a = KPI_ACTIVITY_DAY;
        var r = dsl.select(sum(a.ATTEMPTS), sum(a.RIGHT_PARTY), sum(a.PROMISES), sum(a.PAYMENTS),
                        DSL.coalesce(DSL.sum(a.COLLECTED), BigDecimal.ZERO), sum(a.PROMISES_KEPT),
                        sum(a.PROMISES_BROKEN))
                .from(a).where(a.TEAM_ID.in(teams), a.DAY.between(period.from(), period.to()))
                .fetchSingle();
        return new Activity(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
    }

    private List<MonthCollected> collectedByMonth(Set<Long> teams, Period period) {
        var a = KPI_ACTIVITY_DAY;
        Field<LocalDate> month = DSL.field("DATE_FORMAT({0}, '%Y-%m-01')", LocalDate.class, a.DAY);
        Map<YearMonth, MonthCollected> found = new HashMap<>();
        dsl.select(month, sum(a.PAYMENTS), DSL.coalesce(DSL.sum(a.COLLECTED), BigDecimal.ZERO))
                .from(a).where(a.TEAM_ID.in(teams), a.DAY.between(period.from(), period.to()))
                .groupBy(month)
                .forEach(r -> found.put(YearMonth.from(r.value1()),
                        new MonthCollected(YearMonth.from(r.value1()), r.value2(), r.value3())));
        List<MonthCollected> months = new ArrayList<>();
        for (YearMonth m : period.months()) {
            months.add(found.getOrDefault(m, new MonthCollected(m, 0, BigDecimal.ZERO)));
        }
        return months;
    }

    private List<CollectorRow> collectors(Set<Long> teams, Period period) {
        var a = KPI_ACTIVITY_DAY;
        return dsl.select(a.USER_NAME, APP_USER.DISPLAY_NAME, sum(a.ATTEMPTS), sum(a.RIGHT_PARTY), sum(a.PROMISES),
                        DSL.coalesce(DSL.sum(a.COLLECTED), BigDecimal.ZERO))
                .from(a).leftJoin(APP_USER).on(APP_USER.USERNAME.eq(a.USER_NAME))
                .where(a.TEAM_ID.in(teams), a.DAY.between(period.from(), period.to()), a.USER_NAME.ne(""))
                .groupBy(a.USER_NAME, APP_USER.DISPLAY_NAME)
                .fetch(r -> new CollectorRow(r.value1(), r.value2() == null ? r.value1() : r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6()))
                .stream()
                .sorted(Comparator.comparing(CollectorRow::collected).reversed()
                        .thenComparing(CollectorRow::displayName))
                .toList();
    }

    private List<HoldRow> holds(Set<Long> teams) {
        Field<Integer> accounts = DSL.countDistinct(ACCOUNT_HOLD.ACCOUNT_ID);
        return dsl.select(ACCOUNT_HOLD.REASON, accounts)
                .from(ACCOUNT_HOLD).join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_HOLD.ACCOUNT_ID))
                .where(ACCOUNT_HOLD.RELEASED_AT.isNull(), ACCOUNT.TEAM_ID.in(teams))
                .groupBy(ACCOUNT_HOLD.REASON)
                .orderBy(accounts.desc(), ACCOUNT_HOLD.REASON)
                .fetch(r -> new HoldRow(r.value1(), r.value2()));
    }

    private static Field<Long> sum(Field<Integer> field) {
        return DSL.coalesce(DSL.sum(field), BigDecimal.ZERO).cast(Long.class);
    }
}
