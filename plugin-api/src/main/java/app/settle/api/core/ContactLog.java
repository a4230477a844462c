package app.settle.api.core;

/**
 * Records contacts with debtors. An outbound contact is checked by the compliance guard at the moment it is
 * logged and refused ({@link app.settle.api.compliance.ContactRefusedException}) when the guard denies it,
 * whatever the UI allowed. A logged contact writes a contact-attempt row, a timeline entry and an audit row.
 * A signed-in user may log contacts only on accounts they may see; background work without a user (e.g. scheduled
 * messages, since plugin API 1.3) is not restricted by team, and is attributed to the plugin.
 */
public interface ContactLog {

    /** Logs the contact and returns its id. */
    long record(ContactRecord contact);
}
