package app.settle.plugins.paymentplans;

import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_ARRANGEMENT;
import static app.settle.plugins.paymentplans.db.Tables.PAYMENT_PLANS_INSTALMENT;

import app.settle.api.core.Money;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansArrangement;
import app.settle.plugins.paymentplans.db.tables.PaymentPlansInstalment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Reads arrangements with their instalments. Callers add the team-scope condition for user-facing reads. */
final class Store {

    private static final PaymentPlansArrangement A = PAYMENT_PLANS_ARRANGEMENT;
    private static final PaymentPlansInstalment I = PAYMENT_PLANS_INSTALMENT;

    private Store() {
    }

    static List<Arrangement> find(DSLContext dsl, Condition where, int limit) {
        List<Record> rows = dsl.select(A.ID, A.ACCOUNT_ID, A.KIND, A.STATUS, A.TOTAL_AMOUNT, A.CURRENCY,
                        A.BALANCE_AT_OFFER, A.FREQUENCY, A.METHOD, A.WAIVER, A.APPROVAL_REASONS, A.DECIDED_BY,
                        A.DECISION_NOTE, A.END_REASON, A.CREATED_BY, A.CREATED_AT, A.VERSION)
                .from(A).where(where).orderBy(A.ID.desc()).limit(limit).fetch().map(r -> (Record) r);
        Map<Long, List<Arrangement.Instalment>> instalments = instalments(dsl,
                rows.stream().map(r -> r.get(A.ID)).toList());
        return rows.stream().map(r -> {
            String currency = r.get(A.CURRENCY);
            return new Arrangement(r.get(A.ID), r.get(A.ACCOUNT_ID), Kind.valueOf(r.get(A.KIND)),
                    Status.valueOf(r.get(A.STATUS)), Money.of(r.get(A.TOTAL_AMOUNT), currency),
                    Money.of(r.get(A.BALANCE_AT_OFFER), currency), Frequency.valueOf(r.get(A.FREQUENCY)),
                    r.get(A.METHOD), r.get(A.WAIVER), r.get(A.APPROVAL_REASONS), r.get(A.DECIDED_BY),
                    r.get(A.DECISION_NOTE), r.get(A.END_REASON), r.get(A.CREATED_BY), r.get(A.CREATED_AT),
                    r.get(A.VERSION), instalments.getOrDefault(r.get(A.ID), List.of()));
        }).toList();
    }

    static Optional<Arrangement> byId(DSLContext dsl, long id, Condition scope) {
        return find(dsl, A.ID.eq(id).and(scope), 1).stream().findFirst();
    }

    private static Map<Long, List<Arrangement.Instalment>> instalments(DSLContext dsl, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(I.ID, I.ARRANGEMENT_ID, I.SEQ, I.DUE_ON, I.AMOUNT, I.PAID_AMOUNT, I.STATE)
                .from(I).where(I.ARRANGEMENT_ID.in(ids)).orderBy(I.ARRANGEMENT_ID, I.SEQ)
                .fetch().stream().collect(Collectors.groupingBy(r -> r.get(I.ARRANGEMENT_ID),
                        Collectors.mapping(r -> new Arrangement.Instalment(r.get(I.ID), r.get(I.SEQ),
                                r.get(I.DUE_ON), r.get(I.AMOUNT), r.get(I.PAID_AMOUNT),
                                Judge.InstalmentState.valueOf(r.get(I.STATE))), Collectors.toList())));
    }
}
