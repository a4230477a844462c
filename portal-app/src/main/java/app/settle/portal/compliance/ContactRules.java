package app.settle.portal.compliance;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.compliance.Denial;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The contact rules of the FDCPA and Regulation F, applied to one request with the facts of the moment.
 * Pure: no database, no clock; every rule that refuses adds a {@link Denial} with the time it lifts, if any.
 *
 * <p>Where the debtor's location is unknown or spans several time zones, every time rule is applied in each
 * possible zone and the strictest answer wins (12 CFR 1006.6(b)(1)(i): convenient in every zone).
 * The local-time window is [earliest, latest): a call at 21:00 would run past 9 p.m., so it is refused.
 */
final class ContactRules {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.US);

    /** How long a debtor's consent to a callback counts (12 CFR 1006.14(b)(3)(i): given within the past 7 days). */
    static final Duration CONSENT_VALID = Duration.ofDays(7);
    /** A call counts as the agreed callback from a little before the agreed time until some hours after it. */
    static final Duration CALLBACK_EARLY = Duration.ofMinutes(15);
    static final Duration CALLBACK_LATE = Duration.ofHours(4);

    private ContactRules() {
    }

    /**
     * A call at the time the debtor asked to be called back (consent given directly within the past 7 days) is
     * not counted against the call-frequency limits, nor refused by the quiet period after a conversation
     * (12 CFR 1006.14(b)(3)(i)). Every other rule, time of day included, still applies.
     */
    private static boolean agreedCallback(ContactRequest request, ContactFacts facts) {
        return facts.agreedCallbacks().stream().anyMatch(agreed -> !request.at().isBefore(agreed.minus(CALLBACK_EARLY))
                && !request.at().isAfter(agreed.plus(CALLBACK_LATE)));
    }

    static ContactDecision evaluate(ContactRequest request, ContactFacts facts, RuleSet rules) {
        List<Denial> denials = new ArrayList<>();
        standingRules(request, facts, denials);
        boolean zoneUnknown = facts.zones().isEmpty();
        Collection<ZoneId> zones = zoneUnknown ? rules.unknownZoneCandidates() : facts.zones();
        if (request.channel() != Channel.LETTER) {
            timeOfDay(request, zones, zoneUnknown, rules, denials);
        }
        if (request.channel() == Channel.CALL && !agreedCallback(request, facts)) {
            callFrequency(request, facts, zones, rules, denials);
            quietAfterConversation(request, facts, zones, rules, denials);
        }
        return new ContactDecision(denials, rules.label());
    }

    /** Rules that refuse until a fact changes: flags, holds, opt-outs. */
    private static void standingRules(ContactRequest request, ContactFacts facts, List<Denial> denials) {
        if (facts.deceased()) {
            denials.add(new Denial("DECEASED", "Firm policy; 12 CFR 1006.2(e)",
                    "The debtor is recorded as deceased: only a supervisor may arrange contact with the estate.",
                    null));
        }
        if (facts.bankruptcy()) {
            denials.add(new Denial("BANKRUPTCY", "11 U.S.C. 362 (automatic stay)",
                    "The debtor is in bankruptcy: collection contact is stayed.", null));
        }
        if (facts.attorneyRepresented()) {
            denials.add(new Denial("ATTORNEY", "15 U.S.C. 1692c(a)(2)",
                    "The debtor is represented by an attorney: contact the attorney, not the debtor.", null));
        }
        boolean ceaseNoticeByLetter = request.purpose() == ContactPurpose.CEASE_NOTICE
                && request.channel() == Channel.LETTER;
        if (facts.ceaseCommunication() && !ceaseNoticeByLetter) {
            denials.add(new Denial("CEASE_COMMUNICATION", "15 U.S.C. 1692c(c)",
                    "The debtor asked us to stop communicating: only the three allowed notices may be sent, by letter.",
                    null));
        }
        for (ContactFacts.ActiveHold hold : facts.holds()) {
            if (hold.blocksContact()) {
                denials.add(new Denial("HOLD_" + hold.reason(), "Account hold",
                        "A " + humanise(hold.reason()) + " hold blocks contact on this account.", null));
            } else if (hold.blocksCollection() && request.purpose() == ContactPurpose.COLLECTION) {
                denials.add(new Denial("HOLD_" + hold.reason(), holdCitation(hold.reason()),
                        "A " + humanise(hold.reason()) + " hold stops collection on this account"
                                + ("DISPUTE".equals(hold.reason()) ? " until verification is sent." : "."), null));
            }
        }
        if (request.channel().isElectronic()
                && facts.optedOutAddresses().contains(ContactAddresses.normalise(request.address()))) {
            denials.add(new Denial("OPTED_OUT", "12 CFR 1006.6(e)",
                    request.address() + " opted out of " + request.channel().label().toLowerCase(Locale.ROOT)
                            + " messages.", null));
        }
    }

    private static void timeOfDay(ContactRequest request, Collection<ZoneId> zones, boolean zoneUnknown,
                                  RuleSet rules, List<Denial> denials) {
        ZoneId outside = zones.stream().filter(zone -> !withinHours(request.at(), zone, rules)).findFirst().orElse(null);
        if (outside == null) {
            return;
        }
        String local = TIME.format(request.at().atZone(outside));
        String window = TIME.format(rules.earliest()) + "–" + TIME.format(rules.latest());
        String message = zoneUnknown
                ? "The debtor's time zone is unknown, so the time must suit every US zone: it is " + local + " in "
                + outside.getId() + " (contacts " + window + " local time)."
                : "It is " + local + " for the debtor (" + outside.getId() + "): contacts are allowed " + window
                + " local time.";
        denials.add(new Denial("TIME_OF_DAY", "12 CFR 1006.6(b)(1)(i)", message,
                nextTimeWithinHours(request.at(), zones, rules)));
    }

    private static void callFrequency(ContactRequest request, ContactFacts facts, Collection<ZoneId> zones,
                                      RuleSet rules, List<Denial> denials) {
        Instant freeFrom = null;
        int worstCount = 0;
        for (ZoneId zone : zones) {
            LocalDate today = localDate(request.at(), zone);
            LocalDate windowStart = today.minusDays(rules.callWindowDays() - 1L);
            List<LocalDate> inWindow = facts.callAttempts().stream()
                    .filter(attempt -> attempt.isBefore(request.at()))
                    .map(attempt -> localDate(attempt, zone))
                    .filter(day -> !day.isBefore(windowStart))
                    .sorted()
                    .toList();
            if (inWindow.size() >= rules.maxCallAttempts()) {
                worstCount = Math.max(worstCount, inWindow.size());
                LocalDate pivot = inWindow.get(inWindow.size() - rules.maxCallAttempts());
                Instant lifts = startOfHours(pivot.plusDays(rules.callWindowDays()), zone, rules);
                freeFrom = freeFrom == null || lifts.isAfter(freeFrom) ? lifts : freeFrom;
            }
        }
        if (freeFrom != null) {
            denials.add(new Denial("CALL_FREQUENCY", "12 CFR 1006.14(b)(2)(i)",
                    worstCount + " call attempts in the last " + rules.callWindowDays() + " days: the limit is "
                            + rules.maxCallAttempts() + ". Calls are allowed again from " + describe(freeFrom, zones)
                            + ".", freeFrom));
        }
    }

    private static void quietAfterConversation(ContactRequest request, ContactFacts facts, Collection<ZoneId> zones,
                                               RuleSet rules, List<Denial> denials) {
        if (rules.conversationQuietDays() == 0) {
            return;
        }
        Instant latestConversation = facts.conversations().stream()
                .filter(talk -> !talk.isAfter(request.at()))
                .max(Comparator.naturalOrder()).orElse(null);
        if (latestConversation == null) {
            return;
        }
        Instant freeFrom = null;
        for (ZoneId zone : zones) {
            LocalDate conversationDay = localDate(latestConversation, zone);
            LocalDate firstFreeDay = conversationDay.plusDays(rules.conversationQuietDays());
            if (localDate(request.at(), zone).isBefore(firstFreeDay)) {
                Instant lifts = startOfHours(firstFreeDay, zone, rules);
                freeFrom = freeFrom == null || lifts.isAfter(freeFrom) ? lifts : freeFrom;
            }
        }
        if (freeFrom != null) {
            denials.add(new Denial("CALL_AFTER_CONVERSATION", "12 CFR 1006.14(b)(2)(ii)",
                    "We spoke with the debtor about this debt on " + DAY.format(latestConversation.atZone(
                            zones.iterator().next())) + ": no calls for " + rules.conversationQuietDays()
                            + " days, counting that day. Calls are allowed again from " + describe(freeFrom, zones)
                            + ".", freeFrom));
        }
    }

    static boolean withinHours(Instant at, ZoneId zone, RuleSet rules) {
        LocalTime local = at.atZone(zone).toLocalTime();
        return !local.isBefore(rules.earliest()) && local.isBefore(rules.latest());
    }

    /** The first moment from {@code from} on that is within hours in every zone, or null if there is none soon. */
    static Instant nextTimeWithinHours(Instant from, Collection<ZoneId> zones, RuleSet rules) {
        Instant candidate = from;
        for (int step = 0; step < 4 * zones.size() + 4; step++) {
            Instant current = candidate;
            ZoneId outside = zones.stream().filter(zone -> !withinHours(current, zone, rules)).findFirst().orElse(null);
            if (outside == null) {
                return candidate;
            }
            ZonedDateTime local = candidate.atZone(outside);
            LocalDate day = local.toLocalTime().isBefore(rules.earliest()) ? local.toLocalDate()
                    : local.toLocalDate().plusDays(1);
            candidate = startOfHours(day, outside, rules);
        }
        return null;
    }

    private static Instant startOfHours(LocalDate day, ZoneId zone, RuleSet rules) {
        return day.atTime(rules.earliest()).atZone(zone).toInstant();
    }

    private static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static String describe(Instant instant, Collection<ZoneId> zones) {
        ZoneId zone = zones.iterator().next();
        ZonedDateTime local = instant.atZone(zone);
        return DAY.format(local) + " " + TIME.format(local) + " " + zone.getId();
    }

    private static String holdCitation(String reason) {
        return "DISPUTE".equals(reason) ? "15 U.S.C. 1692g(b)" : "Account hold";
    }

    private static String humanise(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
