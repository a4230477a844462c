package app.settle.portal.payments;

import static app.settle.api.db.Tables.IMPORT_BATCH;
import static app.settle.api.db.Tables.PAYMENT;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * Reconciliation reports of payment files: how many of a file's payments are posted, waiting in suspense or
 * rejected, with their sums, and whether what Settle received adds up to the control total the file declared.
 * The report shows the current state: a suspense payment matched later counts as matched.
 */
@Service
public class Reconciliation {

    private final DSLContext dsl;

    Reconciliation(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The report of one payment file. The file total is the sum of the amounts of every row that reached
     * posting (matched, suspense, rejected and duplicates, reversals with their amount as given, like the
     * file's own rows); the totals agree when the file declared no control total or it equals the file total.
     * Rows the importer found invalid never reach posting, so a file with invalid rows shows a difference.
     *
     * @throws IllegalArgumentException if there is no payment file with this id
     */
    public ReconciliationReport forBatch(long batchId) {
        var batch = dsl.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.ID.eq(batchId).and(IMPORT_BATCH.KIND.eq("PAYMENT")))
                .fetchOptional()
                .orElseThrow(() -> new IllegalArgumentException("There is no payment file " + batchId));
        Map<PaymentStatus, Tally> tallies = new EnumMap<>(PaymentStatus.class);
        for (PaymentStatus status : PaymentStatus.values()) {
            tallies.put(status, new Tally(0, BigDecimal.ZERO));
        }
        dsl.select(PAYMENT.STATUS, DSL.count(), DSL.sum(PAYMENT.AMOUNT))
                .from(PAYMENT)
                .where(PAYMENT.BATCH_ID.eq(batchId))
                .groupBy(PAYMENT.STATUS)
                .forEach(r -> tallies.put(PaymentStatus.valueOf(r.value1()), new Tally(r.value2(), r.value3())));
        Tally matched = tallies.get(PaymentStatus.POSTED);
        Tally suspense = tallies.get(PaymentStatus.SUSPENSE);
        Tally rejected = tallies.get(PaymentStatus.REJECTED);
        BigDecimal fileTotal = matched.total().add(suspense.total()).add(rejected.total())
                .add(batch.getDuplicateTotal());
        BigDecimal control = batch.getControlTotal();
        return new ReconciliationReport(batchId, batch.getFileName(), matched.count(), matched.total(),
                suspense.count(), suspense.total(), rejected.count(), rejected.total(), batch.getDuplicateRows(),
                fileTotal, control, control == null || control.compareTo(fileTotal) == 0);
    }

    private record Tally(int count, BigDecimal total) {
    }
}
