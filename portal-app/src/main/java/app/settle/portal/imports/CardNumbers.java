package app.settle.portal.imports;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises card data so that it is never stored or logged. A field "looks like a card number" if it holds
 * a run of 13 to 19 digits (spaces or dashes between them allowed) that passes the Luhn check; a column whose
 * name says card number, PAN or CVV is refused whatever it holds.
 */
final class CardNumbers {

    private static final Pattern CARD_COLUMN = Pattern.compile(
            "(card_?(number|num|no)|cc_?(number|num|no)|pan|cvv2?|cvc2?|cid|security_?code)");

    private CardNumbers() {
    }

    /** True if some run of digits in the value is shaped like a card number and passes Luhn. */
    static boolean containsCardNumber(String value) {
        int length = value.length();
        int i = 0;
        while (i < length) {
            if (!isDigit(value.charAt(i))) {
                i++;
                continue;
            }
            int digits = 0;
            int end = i;
            int j = i;
            while (j < length && (isDigit(value.charAt(j)) || value.charAt(j) == ' ' || value.charAt(j) == '-')) {
                if (isDigit(value.charAt(j))) {
                    digits++;
                    end = j;
                }
                j++;
            }
            if (digits >= 13 && digits <= 19 && passesLuhn(value, i, end)) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** True if a column's name says it holds card numbers or security codes. */
    static boolean isCardColumn(String name) {
        return CARD_COLUMN.matcher(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_')).matches();
    }

    /** The Luhn (mod 10) check over the digits between from and to (inclusive), ignoring separators. */
    static boolean passesLuhn(String value, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int k = to; k >= from; k--) {
            char c = value.charAt(k);
            if (!isDigit(c)) {
                continue;
            }
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
