package app.settle.api.outreach;

import app.settle.api.compliance.Channel;
import java.util.List;
import java.util.Optional;

/**
 * The {@link MessageChannel}s that started plugins contribute, bound to their plugins' contexts: a call goes to the
 * channel with the context of the plugin that offers it. The list changes as plugins start and stop, so look a channel
 * up for each batch of work rather than keeping it. Added in plugin API 1.3.
 */
public interface MessageChannels {

    /** Every channel on offer now, in the order plugins started. */
    List<Bound> all();

    /** The first channel on offer for this kind of contact, if any. */
    default Optional<Bound> forChannel(Channel channel) {
        return all().stream().filter(bound -> bound.channel() == channel).findFirst();
    }

    /** A channel with its plugin's context: the methods of {@link MessageChannel} without the context argument. */
    interface Bound {

        /** The id of the plugin that offers the channel. */
        String pluginId();

        Channel channel();

        String name();

        Delivery send(OutboundMessage message);

        Optional<Delivery> lookUp(String key);

        List<InboundReply> receive();
    }
}
