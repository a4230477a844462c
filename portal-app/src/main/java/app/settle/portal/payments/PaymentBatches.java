package app.settle.portal.payments;

import static app.settle.api.db.Tables.IMPORT_BATCH;
import static app.settle.api.db.Tables.PAYMENT;

import app.settle.api.db.tables.records.ImportBatchRecord;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/** The imported payment files, newest first. */
@Service
public class PaymentBatches {

    private final DSLContext dsl;

    PaymentBatches(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Payment files older than {@code beforeId}, newest first (keyset paging). */
    public List<PaymentBatch> newestFirst(long beforeId, int limit) {
        return dsl.select(IMPORT_BATCH.asterisk(), currency())
                .from(IMPORT_BATCH)
                .where(IMPORT_BATCH.KIND.eq("PAYMENT").and(IMPORT_BATCH.ID.lt(beforeId)))
                .orderBy(IMPORT_BATCH.ID.desc())
                .limit(Math.max(1, Math.min(limit, 200)))
                .fetch(r -> toBatch(r.into(IMPORT_BATCH), r.get(currency())));
    }

    public Optional<PaymentBatch> find(long batchId) {
        return dsl.select(IMPORT_BATCH.asterisk(), currency())
                .from(IMPORT_BATCH)
                .where(IMPORT_BATCH.KIND.eq("PAYMENT").and(IMPORT_BATCH.ID.eq(batchId)))
                .fetchOptional(r -> toBatch(r.into(IMPORT_BATCH), r.get(currency())));
    }

    /** The currency of the file's first payment (payment files carry one currency in practice). */
    private static Field<String> currency() {
        return DSL.field(DSL.select(PAYMENT.CURRENCY).from(PAYMENT).where(PAYMENT.BATCH_ID.eq(IMPORT_BATCH.ID))
                .orderBy(PAYMENT.ID).limit(1)).as("currency");
    }

    private static PaymentBatch toBatch(ImportBatchRecord r, String currency) {
        return new PaymentBatch(r.getId(), r.getFileName(), r.getCreatedAt().toInstant(ZoneOffset.UTC),
                r.getCreatedBy(), r.getStatus(), r.getTotalRows(), r.getValidRows(), r.getControlTotal(), currency);
    }
}
