package app.settle.portal.payments;

import app.settle.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the payment table as the posting logic needs it. */
record StoredPayment(long id, String externalRef, Long accountId, String accountRef, String creditorCode,
                     PaymentKind kind, Long reversesPaymentId, BigDecimal amount, String currency, LocalDate paidOn,
                     String method, PaymentStatus status, String statusReason, Long batchId) {

    Money money() {
        return Money.of(amount, currency);
    }
}
