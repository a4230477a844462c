package app.settle.api.compliance;

/**
 * Records a debtor's request to receive no more electronic messages at one address (12 CFR 1006.6(e)): a reply of
 * STOP to a text message, an opt-out link in an email. From then on the compliance guard refuses email or text
 * messages to that address of the debtor, on every account of the debtor. The host marks the debtor's contact point,
 * writes a timeline entry on the account and an audit row, in the caller's transaction if there is one. Works without
 * a signed-in user (the debtor is not one); with one, the account must be visible to them. Added in plugin API 1.3.
 */
public interface OptOuts {

    /**
     * Opts the address out; returns false when it had opted out already (nothing changes then).
     *
     * @param accountId the account the message was about (the timeline entry goes there)
     * @param channel   email or SMS
     * @param address   the email address or phone number, in any spelling the guard normalises
     * @param how       how the debtor asked, as people read it, e.g. "replied STOP" or "opt-out link"
     * @throws IllegalArgumentException for a channel that is not electronic, or an address that is not the debtor's
     */
    boolean optOut(long accountId, Channel channel, String address, String how);
}
