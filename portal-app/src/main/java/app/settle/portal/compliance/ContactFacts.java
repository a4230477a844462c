package app.settle.portal.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * What the guard needs to know about a debtor and an account at the moment of a contact.
 *
 * @param zones              the debtor's time zones (from address and phones); empty when unknown
 * @param optedOutAddresses  email addresses and phone numbers that opted out, normalised by
 *                           {@link ContactAddresses#normalise}
 * @param holds              the account's active holds
 * @param callAttempts       call attempts about this account (at least the last 8 days)
 * @param conversations      telephone conversations with the debtor about this account (at least the last 8 days)
 * @param agreedCallbacks    when the debtor asked to be called back, on contacts logged in the last 7 days: the
 *                           debtor's prior consent, given directly, to a call then (12 CFR 1006.14(b)(3)(i))
 */
record ContactFacts(Set<ZoneId> zones, boolean ceaseCommunication, boolean attorneyRepresented, boolean bankruptcy,
                    boolean deceased, Set<String> optedOutAddresses, List<ActiveHold> holds,
                    List<Instant> callAttempts, List<Instant> conversations, List<Instant> agreedCallbacks) {

    /** Facts without an agreed callback. */
    ContactFacts(Set<ZoneId> zones, boolean ceaseCommunication, boolean attorneyRepresented, boolean bankruptcy,
                 boolean deceased, Set<String> optedOutAddresses, List<ActiveHold> holds, List<Instant> callAttempts,
                 List<Instant> conversations) {
        this(zones, ceaseCommunication, attorneyRepresented, bankruptcy, deceased, optedOutAddresses, holds,
                callAttempts, conversations, List.of());
    }

    ContactFacts {
        zones = Set.copyOf(zones);
        optedOutAddresses = Set.copyOf(optedOutAddresses);
        holds = List.copyOf(holds);
        callAttempts = List.copyOf(callAttempts);
        conversations = List.copyOf(conversations);
        agreedCallbacks = List.copyOf(agreedCallbacks);
    }

    /** An active hold on the account. */
    record ActiveHold(String reason, boolean blocksContact, boolean blocksCollection) {
    }
}
