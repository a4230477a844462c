package app.settle.portal.shell;

/** US phone numbers as people write them. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String format(String digits) {
        if (digits != null && digits.matches("\\d{10}")) {
            return "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
        }
        return digits;
    }
}
