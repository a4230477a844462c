package app.settle.portal.payments;

import java.math.BigDecimal;

/**
 * How the payments of one payment file ended up. {@code fileTotal} is the sum of every payment stored for the
 * batch (matched + suspense + rejected; duplicates were stored before, by another batch or entry, and are not
 * part of it); the totals agree when the file carried no control total or it equals {@code fileTotal}.
 *
 * @param duplicates   rows of the file whose reference had been posted before; counted only when the importer
 *                     reports them (see {@link Reconciliation#forBatch})
 * @param controlTotal the control total the file declared, null if none
 */
public record ReconciliationReport(long batchId, String fileName, int matched, BigDecimal matchedTotal,
                                   int inSuspense, BigDecimal suspenseTotal, int rejected, BigDecimal rejectedTotal,
                                   int duplicates, BigDecimal fileTotal, BigDecimal controlTotal,
                                   boolean totalsAgree) {
}
