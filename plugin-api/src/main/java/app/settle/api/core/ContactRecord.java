package app.settle.api.core;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactPurpose;
import java.util.Objects;

/**
 * A contact to log: outbound contacts go through the compliance guard first.
 *
 * @param address the phone number or email used; null for a letter
 * @param inbound true when the debtor contacted us (no guard check: we did not initiate it)
 */
public record ContactRecord(long accountId, Channel channel, String address, ContactPurpose purpose, boolean inbound,
                            ContactOutcome outcome, String notes) {
    public ContactRecord {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
        if (notes != null && notes.length() > 2000) {
            throw new IllegalArgumentException("Notes are at most 2,000 characters");
        }
    }
}
