package app.settle.outreach;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_POINT;

import app.settle.api.HostContext;
import app.settle.api.compliance.Channel;
import app.settle.api.outreach.InboundReply;
import app.settle.api.outreach.MessageChannels;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Replies that opt out: "STOP" and the other words carriers treat the same way (STOPALL, UNSUBSCRIBE, CANCEL, END,
 * QUIT), alone in the reply, in any case. The sender's number is looked up among the debtors' phones and opted out
 * for each debtor who has it; other replies are left alone (a person reads them in the provider's console).
 */
final class Replies {

    static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
    private static final System.Logger LOG = System.getLogger(Replies.class.getName());

    private Replies() {
    }

    static boolean isStop(String text) {
        return STOP_WORDS.contains(text.strip().replaceAll("[.!]+$", "").toUpperCase(Locale.ROOT));
    }

    /** Takes the replies waiting at every channel and opts out the senders that asked; returns how many did. */
    static int take(HostContext host) {
        int optedOut = 0;
        for (MessageChannels.Bound channel : host.messageChannels().all()) {
            List<InboundReply> replies;
            try {
                replies = channel.receive();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Outreach: replies from " + channel.name() + " failed", e);
                continue;
            }
            for (InboundReply reply : replies) {
                if (reply.channel().isElectronic() && isStop(reply.text())) {
                    optedOut += optOut(host, reply);
                }
            }
        }
        return optedOut;
    }

    private static int optOut(HostContext host, InboundReply reply) {
        String kind = reply.channel() == Channel.EMAIL ? "EMAIL" : "PHONE";
        String digits = reply.from().replaceAll("\\D", "");
        String local = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
        Set<String> spellings = reply.channel() == Channel.EMAIL
                ? Set.of(reply.from().strip().toLowerCase(Locale.ROOT))
                : Set.of(local, "1" + local);
        // one account per debtor with that address: the opt-out covers the debtor, the timeline entry goes there
        List<Long> accounts = host.data().dsl()
                .select(org.jooq.impl.DSL.min(ACCOUNT.ID))
                .from(CONTACT_POINT).join(ACCOUNT).on(ACCOUNT.DEBTOR_ID.eq(CONTACT_POINT.DEBTOR_ID))
                .where(CONTACT_POINT.KIND.eq(kind), CONTACT_POINT.VALUE.in(spellings))
                .groupBy(CONTACT_POINT.DEBTOR_ID)
                .fetch(0, Long.class);
        int count = 0;
        for (long accountId : accounts) {
            if (host.optOuts().optOut(accountId, reply.channel(), reply.from(), "replied " + reply.text().strip())) {
                count++;
            }
        }
        return count;
    }
}
