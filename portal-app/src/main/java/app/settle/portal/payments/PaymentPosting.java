package app.settle.portal.payments;

import org.springframework.stereotype.Service;

/** Posts payments and reversals to accounts. */
@Service
public class PaymentPosting {

    /** Posts one payment (or reversal) idempotently by externalRef; batchId may be null (manual entry). */
    public PostingResult post(IncomingPayment payment, Long batchId, String actor) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
