package app.settle.portal.compliance;

import java.util.Locale;

/** One spelling per address, so that an opt-out matches however the address was typed. */
public final class ContactAddresses {

    private ContactAddresses() {
    }

    /** Email addresses lower-cased and trimmed; phone numbers reduced to digits (US numbers without the 1). */
    public static String normalise(String address) {
        if (address == null) {
            return "";
        }
        String trimmed = address.strip();
        if (trimmed.contains("@")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        String digits = trimmed.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }
}
