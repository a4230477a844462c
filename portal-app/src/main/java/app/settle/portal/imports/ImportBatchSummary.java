package app.settle.portal.imports;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One import batch as the import screen lists it.
 *
 * @param created  placements: accounts created; payments: payments posted to an account
 * @param skipped  rows already in Settle (same reference), left unchanged
 * @param rejected rows refused (invalid, or refused by posting)
 */
public record ImportBatchSummary(long id, ImportKind kind, String fileName, String status, long totalRows,
                                 long validRows, long processedRows, long created, long suspense, long skipped,
                                 long rejected, BigDecimal controlTotal, String createdBy, Instant createdAt,
                                 Instant completedAt, String failureReason) {
}
