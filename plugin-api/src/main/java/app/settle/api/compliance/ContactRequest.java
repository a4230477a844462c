package app.settle.api.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * "May we contact this debtor about this account, on this channel, at this address, now?"
 *
 * @param accountId the debt the contact is about
 * @param channel   call, email, SMS or letter
 * @param address   the phone number or email address used (null for letters to the address on file)
 * @param purpose   collection, verification or a cease notice
 * @param at        when the contact would happen
 */
public record ContactRequest(long accountId, Channel channel, String address, ContactPurpose purpose, Instant at) {
    public ContactRequest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
    }
}
