package app.settle.api.core;

/**
 * Records contacts with debtors. An outbound contact is checked by the compliance guard at the moment it is
 * logged and refused ({@link app.settle.api.compliance.ContactRefusedException}) when the guard denies it,
 * whatever the UI allowed. A logged contact writes a contact-attempt row, a timeline entry and an audit row.
 */
public interface ContactLog {

    /** Logs the contact and returns its id. */
    long record(ContactRecord contact);
}
