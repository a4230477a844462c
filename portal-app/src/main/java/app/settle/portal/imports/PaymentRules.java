package app.settle.portal.imports;

import static app.settle.portal.imports.FieldChecks.amount;
import static app.settle.portal.imports.FieldChecks.currency;
import static app.settle.portal.imports.FieldChecks.date;
import static app.settle.portal.imports.FieldChecks.matching;
import static app.settle.portal.imports.FieldChecks.oneOf;
import static app.settle.portal.imports.FieldChecks.required;

import app.settle.portal.payments.IncomingPayment;
import app.settle.portal.payments.PaymentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of a payment file row: one payment, or a reversal of an earlier payment, by its reference. */
final class PaymentRules {

    static final List<String> REQUIRED_COLUMNS = List.of("payment_ref", "account_ref", "amount", "currency",
            "paid_on");
    static final List<String> COLUMNS = List.of("payment_ref", "creditor_code", "account_ref", "kind",
            "reverses_ref", "amount", "currency", "paid_on", "method");

    private static final Pattern CREDITOR_CODE = Pattern.compile("[A-Z0-9_-]{1,40}");
    private static final Set<String> METHODS = Set.of("ACH", "CARD", "CHECK", "CASH", "WIRE", "OTHER");

    private final LocalDate today;

    PaymentRules(LocalDate today) {
        this.today = today;
    }

    /** The checked payment, or null if the row has problems (recorded on it). */
    IncomingPayment check(ImportRow row) {
        String ref = required(row, "payment_ref", 64);
        String creditorCode = matching(row, "creditor_code", CREDITOR_CODE, "1 to 40 capital letters, digits, _ or -",
                false);
        String accountRef = required(row, "account_ref", 64);
        PaymentKind kind = FieldChecks.choice(row, "kind", PaymentKind.class, PaymentKind.PAYMENT);
        String reverses = FieldChecks.optional(row, "reverses_ref", 64);
        if (kind == PaymentKind.REVERSAL && reverses == null && row.isBlank("reverses_ref")) {
            row.problem("reverses_ref", "is required for a REVERSAL");
        }
        if (kind == PaymentKind.PAYMENT && reverses != null) {
            row.problem("reverses_ref", "must be blank for a PAYMENT");
        }
        BigDecimal amount = amount(row, "amount", true);
        String currency = currency(row, "currency");
        LocalDate paidOn = date(row, "paid_on", true, today);
        String method = oneOf(row, "method", METHODS, "one of ACH, CARD, CHECK, CASH, WIRE, OTHER");
        if (row.hasProblems()) {
            return null;
        }
        return new IncomingPayment(ref, creditorCode, accountRef, kind, reverses, amount, currency, paidOn, method);
    }
}
