package app.settle.api.outreach;

import app.settle.api.compliance.Channel;
import java.time.Instant;
import java.util.Objects;

/**
 * A message a debtor sent back through a channel, e.g. "STOP" in reply to a text message.
 *
 * @param from       the sender's phone number or email address as the channel received it
 * @param text       what they wrote
 * @param receivedAt when the channel received it
 */
public record InboundReply(Channel channel, String from, String text, Instant receivedAt) {
    public InboundReply {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
