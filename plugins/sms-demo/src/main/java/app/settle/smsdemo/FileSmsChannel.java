package app.settle.smsdemo;

import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import app.settle.api.outreach.Delivery;
import app.settle.api.outreach.InboundReply;
import app.settle.api.outreach.MessageChannel;
import app.settle.api.outreach.OutboundMessage;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Text messages to and from files in the plugin's data folder ({@code <settle.plugins.data-dir>/sms-demo}):
 * {@code outbox.txt} gets one line per message sent, {@code inbox.txt} is where a tester (or a script standing in for
 * a provider's webhook) writes replies, one per line as {@code <phone number><TAB><text>}. See {@link SmsFiles}.
 */
@Extension
public class FileSmsChannel implements MessageChannel {

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String name() {
        return "Demo SMS (file)";
    }

    @Override
    public Delivery send(HostContext host, OutboundMessage message) {
        SmsFiles files = new SmsFiles(host.dataFolder());
        files.append(new SmsFiles.Sent(host.clock().instant(), message.key(), message.to(), message.body()));
        return Delivery.accepted(message.key(), "Written to " + SmsFiles.OUTBOX);
    }

    /** The outbox says whether a key was written: after a crash the sender learns the message did go out. */
    @Override
    public Optional<Delivery> lookUp(HostContext host, String key) {
        return new SmsFiles(host.dataFolder()).sentKeys().contains(key)
                ? Optional.of(Delivery.accepted(key, "Found in " + SmsFiles.OUTBOX))
                : Optional.empty();
    }

    @Override
    public List<InboundReply> receive(HostContext host) {
        return new SmsFiles(host.dataFolder()).takeReplies(host.clock().instant());
    }
}
