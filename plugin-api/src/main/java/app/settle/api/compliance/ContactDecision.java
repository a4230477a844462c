package app.settle.api.compliance;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The guard's answer: allowed, or denied with every reason. When all reasons lift at known times,
 * {@link #allowedFrom()} says when the contact becomes allowed.
 *
 * @param ruleSet the rule set (jurisdiction and version) that decided, e.g. "US-REG-F v1"
 */
public record ContactDecision(List<Denial> denials, String ruleSet) {

    public ContactDecision {
        denials = List.copyOf(denials);
    }

    public boolean allowed() {
        return denials.isEmpty();
    }

    /** When every denial has lifted, if each lifts at a known time; empty when allowed or never by itself. */
    public Optional<Instant> allowedFrom() {
        if (denials.isEmpty() || denials.stream().anyMatch(d -> d.allowedFrom() == null)) {
            return Optional.empty();
        }
        return denials.stream().map(Denial::allowedFrom).max(Comparator.naturalOrder());
    }

    /** All reasons in one sentence per line, for a tooltip or an error message. */
    public String explanation() {
        return String.join("\n", denials.stream().map(Denial::message).toList());
    }
}
