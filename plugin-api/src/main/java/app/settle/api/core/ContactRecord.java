package app.settle.api.core;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactPurpose;
import java.time.Instant;
import java.util.Objects;

/**
 * A contact to log: outbound contacts go through the compliance guard first.
 *
 * @param address    the phone number or email used; null for a letter
 * @param inbound    true when the debtor contacted us (no guard check: we did not initiate it)
 * @param callbackAt when to contact the debtor again (a callback the debtor asked for or the collector agreed), or
 *                   null; must be in the future when logged. Stored on the contact attempt
 *                   ({@code contact_attempt.callback_at}); worklists bring the account back then.
 */
public record ContactRecord(long accountId, Channel channel, String address, ContactPurpose purpose, boolean inbound,
                            ContactOutcome outcome, String notes, Instant callbackAt) {
    public ContactRecord {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
        if (notes != null && notes.length() > 2000) {
            throw new IllegalArgumentException("Notes are at most 2,000 characters");
        }
    }

    /** A contact without a callback (the form of API 1.0.0). */
    public ContactRecord(long accountId, Channel channel, String address, ContactPurpose purpose, boolean inbound,
                         ContactOutcome outcome, String notes) {
        this(accountId, channel, address, purpose, inbound, outcome, notes, null);
    }
}
