package app.settle.api.outreach;

import app.settle.api.compliance.Channel;
import java.util.Objects;

/**
 * One message to deliver.
 *
 * @param key       the sender's unique key for this message (at most 100 characters); the same key is never sent
 *                  twice, and channels that support it pass it on as the provider's idempotency key
 * @param accountId the account the message is about
 * @param channel   email, SMS or letter
 * @param to        the email address or phone number; for a letter the postal address as one line, or null
 * @param recipient the debtor's name as addressed, e.g. "Pat Doe"
 * @param subject   the email subject or letter heading; null for a text message
 * @param body      the text, merge fields filled in, the opt-out instruction included
 * @param optOutUrl the link that opts this address out (email), or null
 * @param document  the rendered document (a letter as PDF), or null
 */
public record OutboundMessage(String key, long accountId, Channel channel, String to, String recipient,
                              String subject, String body, String optOutUrl, byte[] document) {
    public OutboundMessage {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        if (key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("A message key is 1 to 100 characters");
        }
        if (channel.isElectronic() && (to == null || to.isBlank())) {
            throw new IllegalArgumentException("An " + channel.label().toLowerCase() + " needs an address");
        }
    }
}
