package app.settle.portal.payments;

import java.math.BigDecimal;

/**
 * How the payments of one payment file ended up, as of now (a suspense payment matched later counts as matched).
 * {@code fileTotal} is the sum of the amounts of every row that reached posting: matched + suspense + rejected +
 * duplicates; the totals agree when the file carried no control total or it equals {@code fileTotal}.
 *
 * @param duplicates   rows of the file whose reference had been received before ({@link PaymentPosting#post}
 *                     with this batch id answered {@link PostingOutcome#DUPLICATE}); their amounts are in
 *                     {@code fileTotal}
 * @param controlTotal the control total the file declared, null if none
 */
public record ReconciliationReport(long batchId, String fileName, int matched, BigDecimal matchedTotal,
                                   int inSuspense, BigDecimal suspenseTotal, int rejected, BigDecimal rejectedTotal,
                                   int duplicates, BigDecimal fileTotal, BigDecimal controlTotal,
                                   boolean totalsAgree) {
}
