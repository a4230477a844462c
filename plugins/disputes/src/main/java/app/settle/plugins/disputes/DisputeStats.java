package app.settle.plugins.disputes;

import static app.settle.api.db.Tables.ACCOUNT;

import app.settle.api.HostContext;
import app.settle.plugins.disputes.DisputeTables.D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The supervisors' view of disputes in their scope: unresolved disputes by reason and by age, SLA breaches and
 * disputes due soon, and the average days from receipt to resolution over the last 90 days. Grouped in the
 * database (the disputes table is read once per figure, never row by row).
 */
final class DisputeStats {

    static final int RESOLVED_WINDOW_DAYS = 90;

    /** Age bands of unresolved disputes, by days since receipt. */
    enum AgeBand {
        WEEK("0–7 days", 0, 7), TWO_WEEKS("8–14 days", 8, 14), MONTH("15–30 days", 15, 30), OLDER("31+ days", 31, 100_000);

        private final String label;
        private final int from;
        private final int to;

        AgeBand(String label, int from, int to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        String label() {
            return label;
        }

        /** Received on a day that makes the dispute this old today. */
        Condition receivedIn(LocalDate today) {
            return D.RECEIVED_ON.between(today.minusDays(to), today.minusDays(from));
        }
    }

    /** The figures. {@code averageDaysToResolve} is null when nothing was resolved in the window. */
    record Figures(Map<DisputeReason, Integer> byReason, Map<AgeBand, Integer> byAge, int unresolved, int breached,
                   int dueSoon, BigDecimal averageDaysToResolve, int resolvedInWindow) {
    }

    private final HostContext host;
    private final DisputeStore store;

    DisputeStats(HostContext host) {
        this.host = host;
        this.store = new DisputeStore(host);
    }

    Figures figures(int dueSoonDays) {
        DSLContext dsl = host.data().dsl();
        LocalDate today = store.today();
        var scope = DisputeStore.unresolved().and(host.accounts().visibleToCurrentUser());
        Map<DisputeReason, Integer> byReason = new EnumMap<>(DisputeReason.class);
        dsl.select(D.REASON, DSL.count()).from(D.TABLE).join(ACCOUNT).on(ACCOUNT.ID.eq(D.ACCOUNT_ID))
                .where(scope).groupBy(D.REASON)
                .forEach(r -> byReason.put(DisputeReason.valueOf(r.value1()), r.value2()));
        Map<AgeBand, Integer> byAge = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            byAge.put(band, dsl.select(DSL.count()).from(D.TABLE).join(ACCOUNT).on(ACCOUNT.ID.eq(D.ACCOUNT_ID))
                    .where(scope.and(band.receivedIn(today))).fetchSingle().value1());
        }
        Record2<Integer, Integer> sla = dsl.select(
                        DSL.count().filterWhere(D.DUE_ON.lt(today)),
                        DSL.count().filterWhere(D.DUE_ON.between(today, today.plusDays(dueSoonDays))))
                .from(D.TABLE).join(ACCOUNT).on(ACCOUNT.ID.eq(D.ACCOUNT_ID)).where(scope).fetchSingle();
        var days = DSL.localDateDiff(D.RESOLVED_AT.cast(SQLDataType.LOCALDATE), D.RECEIVED_ON);
        Record2<BigDecimal, Integer> resolved = dsl.select(DSL.avg(days), DSL.count())
                .from(D.TABLE).join(ACCOUNT).on(ACCOUNT.ID.eq(D.ACCOUNT_ID))
                .where(D.RESOLVED_AT.ge(store.now().minusDays(RESOLVED_WINDOW_DAYS))
                        .and(host.accounts().visibleToCurrentUser()))
                .fetchSingle();
        int unresolved = byReason.values().stream().mapToInt(Integer::intValue).sum();
        BigDecimal average = resolved.value1() == null ? null : resolved.value1().setScale(1, RoundingMode.HALF_UP);
        return new Figures(byReason, byAge, unresolved, sla.value1(), sla.value2(), average, resolved.value2());
    }
}
