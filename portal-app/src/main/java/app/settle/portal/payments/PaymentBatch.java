package app.settle.portal.payments;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One imported payment file as listed on the payment files page.
 *
 * @param controlTotal the total the file declared, null if none
 * @param currency     the currency of its payments, or null while it has none
 */
public record PaymentBatch(long id, String fileName, Instant importedAt, String importedBy, String status,
                           int totalRows, int validRows, BigDecimal controlTotal, String currency) {
}
