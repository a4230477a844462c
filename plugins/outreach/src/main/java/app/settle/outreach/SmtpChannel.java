package app.settle.outreach;

import app.settle.api.HostContext;
import app.settle.api.PluginSettings;
import app.settle.api.compliance.Channel;
import app.settle.api.outreach.Delivery;
import app.settle.api.outreach.MessageChannel;
import app.settle.api.outreach.OutboundMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.pf4j.Extension;

/**
 * Email through an SMTP server with Jakarta Mail (Eclipse Angus), bundled in this plugin's jar. Settings
 * ({@code settle.plugins.outreach.*}): {@code smtp-host} (default localhost), {@code smtp-port} (25),
 * {@code smtp-username}/{@code smtp-password} (none), {@code smtp-starttls} (false; true requires it),
 * {@code mail-from} (required to send). Each email is plain UTF-8 text with the message key as its
 * {@code Message-ID}, and {@code List-Unsubscribe} headers pointing at the opt-out link (one-click, RFC 8058).
 *
 * <p>One connection is kept open and reused while messages keep coming, and opened again when the server closed it:
 * the job sends many messages in a row.
 */
@Extension
public class SmtpChannel implements MessageChannel {

    private final Object lock = new Object();
    private Transport transport;
    private String connectedTo;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String name() {
        return "Email (SMTP)";
    }

    @Override
    public Delivery send(HostContext host, OutboundMessage message) {
        PluginSettings settings = host.settings();
        String from = settings.get("mail-from").orElse(null);
        if (from == null || from.isBlank()) {
            return Delivery.failed("No sender address: set settle.plugins.outreach.mail-from.");
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        // Jakarta Mail finds its providers through the context class loader: make it this plugin's
        Thread.currentThread().setContextClassLoader(SmtpChannel.class.getClassLoader());
        try {
            synchronized (lock) {
                Session session = session(settings);
                MimeMessage mail = new KeyedMimeMessage(session, "<" + message.key() + "@settle.outreach>");
                mail.setFrom(new InternetAddress(from, true));
                mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
                mail.setSubject(message.subject() == null ? "" : message.subject(), StandardCharsets.UTF_8.name());
                mail.setText(message.body(), StandardCharsets.UTF_8.name());
                mail.setSentDate(new Date(host.clock().millis()));
                if (message.optOutUrl() != null) {
                    mail.setHeader("List-Unsubscribe", "<" + message.optOutUrl() + ">");
                    mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
                mail.saveChanges();
                Transport open = connected(session, settings);
                open.sendMessage(mail, mail.getAllRecipients());
                return Delivery.accepted(mail.getMessageID(), "Accepted by " + connectedTo);
            }
        } catch (MessagingException e) {
            closeQuietly();
            return Delivery.failed("The mail server refused it: " + e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    private static Session session(PluginSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.get("smtp-host", "localhost"));
        properties.put("mail.smtp.port", settings.get("smtp-port", "25"));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        boolean starttls = Boolean.parseBoolean(settings.get("smtp-starttls", "false"));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        properties.put("mail.smtp.auth", Boolean.toString(settings.get("smtp-username").isPresent()));
        return Session.getInstance(properties);
    }

    private Transport connected(Session session, PluginSettings settings) throws MessagingException {
        String target = settings.get("smtp-host", "localhost") + ":" + settings.get("smtp-port", "25");
        if (transport != null && (!transport.isConnected() || !target.equals(connectedTo))) {
            closeQuietly();
        }
        if (transport == null) {
            Transport fresh = session.getTransport("smtp");
            fresh.connect(settings.get("smtp-host", "localhost"), Integer.parseInt(settings.get("smtp-port", "25")),
                    settings.get("smtp-username").orElse(null), settings.get("smtp-password").orElse(null));
            transport = fresh;
            connectedTo = target;
        }
        return transport;
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // already gone
            }
            transport = null;
        }
    }

    /** A MIME message whose Message-ID is the outreach key, not one Jakarta Mail makes up. */
    private static final class KeyedMimeMessage extends MimeMessage {
        private final String messageId;

        KeyedMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
