package app.settle.portal.payments;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payment or reversal as received from a payment file or typed in by a user, before it is matched to an
 * account. Never carries a card number or security code.
 *
 * @param externalRef  the payer's or processor's unique reference; posting it twice changes nothing
 * @param creditorCode the creditor's code, or blank to match {@code accountRef} across all creditors
 * @param accountRef   the creditor's account reference as given by the payer
 * @param reversesRef  for a {@link PaymentKind#REVERSAL}: the external reference of the payment reversed;
 *                     null for a payment
 * @param amount       greater than zero, also for a reversal
 */
public record IncomingPayment(String externalRef, String creditorCode, String accountRef, PaymentKind kind,
                              String reversesRef, BigDecimal amount, String currency, LocalDate paidOn,
                              String method) {
}
