package app.settle.portal.plugins;

import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import app.settle.api.outreach.Delivery;
import app.settle.api.outreach.InboundReply;
import app.settle.api.outreach.MessageChannel;
import app.settle.api.outreach.MessageChannels;
import app.settle.api.outreach.OutboundMessage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The message channels of started plugins, each bound to its plugin's context; the plugin host adds and removes them. */
@Component
class PluginMessageChannels implements MessageChannels {

    private final List<Bound> channels = new CopyOnWriteArrayList<>();

    void add(String pluginId, MessageChannel channel, HostContext context) {
        channels.add(new BoundChannel(pluginId, channel, context));
    }

    void removeAllOf(String pluginId) {
        channels.removeIf(bound -> bound.pluginId().equals(pluginId));
    }

    @Override
    public List<Bound> all() {
        return List.copyOf(channels);
    }

    private record BoundChannel(String pluginId, MessageChannel extension, HostContext context) implements Bound {

        @Override
        public Channel channel() {
            return extension.channel();
        }

        @Override
        public String name() {
            return extension.name();
        }

        @Override
        public Delivery send(OutboundMessage message) {
            try {
                return extension.send(context, message);
            } catch (RuntimeException | LinkageError e) {
                return Delivery.failed(PluginHost.describe(e));
            }
        }

        @Override
        public Optional<Delivery> lookUp(String key) {
            return extension.lookUp(context, key);
        }

        @Override
        public List<InboundReply> receive() {
            return extension.receive(context);
        }
    }
}
