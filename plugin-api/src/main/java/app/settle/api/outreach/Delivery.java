package app.settle.api.outreach;

import java.util.Objects;

/**
 * What a channel did with a message.
 *
 * @param status     accepted by the provider (mail server, SMS gateway, print file), or failed
 * @param providerId the provider's reference for the message (e.g. an SMTP Message-ID), or null
 * @param detail     what people read, e.g. "Accepted by mail.example.com" or the reason it failed
 */
public record Delivery(Status status, String providerId, String detail) {

    public Delivery {
        Objects.requireNonNull(status, "status");
    }

    public static Delivery accepted(String providerId, String detail) {
        return new Delivery(Status.ACCEPTED, providerId, detail);
    }

    public static Delivery failed(String detail) {
        return new Delivery(Status.FAILED, null, detail);
    }

    /** Delivery states a channel can report. */
    public enum Status {
        ACCEPTED,
        FAILED
    }
}
