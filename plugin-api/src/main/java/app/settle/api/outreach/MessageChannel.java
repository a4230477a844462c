package app.settle.api.outreach;

import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A way to deliver written messages to debtors (email, text message, letter), contributed by a plugin: the outreach
 * plugin sends through whatever channels started plugins offer, found through {@link HostContext#messageChannels()}.
 * Added in plugin API 1.3.
 *
 * <p>The channel only delivers. Deciding whether a message may be sent (the compliance guard), choosing the address,
 * recording the contact and the timeline entry are the sender's business, done before {@link #send} is called. The
 * host calls the channel with the context of the plugin that contributed it (its settings, its data folder), on the
 * sender's thread; a channel must be thread-safe.
 *
 * <p>Exactly once: the sender records the message under {@link OutboundMessage#key()} before sending, so a message is
 * never sent twice by the sender. If the portal stops between sending and recording the result, the sender asks
 * {@link #lookUp} whether the key was delivered; a channel that can tell (for example a provider that takes the key as
 * an idempotency key) answers, the others return empty and the message is marked "delivery unknown" for a person to
 * check, never sent again automatically.
 */
public interface MessageChannel extends ExtensionPoint {

    /** Which kind of contact this channel delivers. */
    Channel channel();

    /** The channel's name as people read it, e.g. "Email (SMTP)" or "Demo SMS (file)". */
    String name();

    /**
     * Delivers one message and says what came of it. A failure the channel can describe (a refused address, a
     * provider error) is a {@link Delivery} with status {@link Delivery.Status#FAILED}; an exception means the same
     * with the exception's message.
     */
    Delivery send(HostContext host, OutboundMessage message);

    /** What became of a message sent earlier under this key, if the channel can tell; empty otherwise. */
    default Optional<Delivery> lookUp(HostContext host, String key) {
        return Optional.empty();
    }

    /**
     * Replies received since the last call, each returned once (for example "STOP" to a text message). Channels
     * that cannot receive return an empty list.
     */
    default List<InboundReply> receive(HostContext host) {
        return List.of();
    }
}
