package app.settle.portal.debtors;

/** The flags a collector records from what the debtor says; the compliance guard obeys them. */
public record DebtorFlags(boolean ceaseCommunication, boolean attorneyRepresented, String attorneyName,
                          boolean bankruptcy, boolean deceased) {

    String describe() {
        return "cease communication " + onOff(ceaseCommunication) + ", attorney " + onOff(attorneyRepresented)
                + (attorneyRepresented && attorneyName != null && !attorneyName.isBlank() ? " (" + attorneyName + ")" : "")
                + ", bankruptcy " + onOff(bankruptcy) + ", deceased " + onOff(deceased);
    }

    String json() {
        return "{\"cease\":" + ceaseCommunication + ",\"attorney\":" + attorneyRepresented + ",\"bankruptcy\":"
                + bankruptcy + ",\"deceased\":" + deceased + "}";
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
