package app.settle.api.compliance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule that refuses a contact.
 *
 * @param code       stable identifier, e.g. {@code CALL_FREQUENCY}
 * @param citation   the rule's source, e.g. "12 CFR 1006.14(b)(2)(i)"
 * @param message    what a collector reads, e.g. "7 calls in the last 7 days: the limit is 7."
 * @param allowedFrom when this rule stops refusing, or null when it refuses until the facts change (a flag
 *                    is cleared, a hold released)
 */
public record Denial(String code, String citation, String message, Instant allowedFrom) {
    public Denial {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(message, "message");
    }

    public Optional<Instant> allowedFromTime() {
        return Optional.ofNullable(allowedFrom);
    }
}
