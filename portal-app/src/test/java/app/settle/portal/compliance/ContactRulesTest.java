package app.settle.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import app.settle.api.compliance.Channel;
import app.settle.api.compliance.ContactDecision;
import app.settle.api.compliance.ContactPurpose;
import app.settle.api.compliance.ContactRequest;
import app.settle.api.compliance.Denial;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final RuleSet US = RuleSet.usRegulationF();

    /** Monday 23 November 2026, 10:00 in New York. */
    static final Instant MONDAY_10_NY = local(2026, 11, 23, 10, 0, NEW_YORK);

    @Nested
    class TimeOfDay {

        @Test
        void sevenFiftyNineIsTooEarlyAndEightIsFine() {
            assertThat(call(local(2026, 11, 23, 7, 59, NEW_YORK), debtorIn(NEW_YORK)).allowed()).isFalse();
            assertThat(call(local(2026, 11, 23, 8, 0, NEW_YORK), debtorIn(NEW_YORK)).allowed()).isTrue();
        }

        @Test
        void twentyFiftyNineIsFineAndNinePmIsTooLate() {
            assertThat(call(local(2026, 11, 23, 20, 59, NEW_YORK), debtorIn(NEW_YORK)).allowed()).isTrue();
            ContactDecision nine = call(local(2026, 11, 23, 21, 0, NEW_YORK), debtorIn(NEW_YORK));
            assertThat(codes(nine)).containsExactly("TIME_OF_DAY");
            assertThat(nine.allowedFrom()).contains(local(2026, 11, 24, 8, 0, NEW_YORK));
            assertThat(nine.explanation()).contains("It is 21:00 for the debtor (America/New_York)");
        }

        @Test
        void tooEarlyTellsWhenItBecomesAllowed() {
            ContactDecision early = call(local(2026, 11, 23, 6, 30, NEW_YORK), debtorIn(NEW_YORK));
            assertThat(early.allowedFrom()).contains(local(2026, 11, 23, 8, 0, NEW_YORK));
        }

        @Test
        void onTheDayClocksSpringForwardLocalTimeStillDecides() {
            // 8 March 2026: 02:00 EST becomes 03:00 EDT.
            assertThat(call(local(2026, 3, 8, 7, 59, NEW_YORK), debtorIn(NEW_YORK)).allowed()).isFalse();
            assertThat(call(local(2026, 3, 8, 8, 0, NEW_YORK), debtorIn(NEW_YORK)).allowed()).isTrue();
            assertThat(call(Instant.parse("2026-03-08T12:00:00Z"), debtorIn(NEW_YORK)).allowed())
                    .as("12:00 UTC is 08:00 EDT after the change").isTrue();
        }

        @Test
        void onTheDayClocksFallBackLocalTimeStillDecides() {
            // 1 November 2026: 02:00 EDT becomes 01:00 EST; 08:00 EST is 13:00 UTC.
            assertThat(call(Instant.parse("2026-11-01T12:59:00Z"), debtorIn(NEW_YORK)).allowed()).isFalse();
            assertThat(call(Instant.parse("2026-11-01T13:00:00Z"), debtorIn(NEW_YORK)).allowed()).isTrue();
        }

        @Test
        void anUnknownZoneMustSuitEveryUsZone() {
            ContactDecision decision = call(MONDAY_10_NY, debtorIn());
            assertThat(codes(decision)).containsExactly("TIME_OF_DAY");
            assertThat(decision.explanation()).contains("time zone is unknown");
            // Honolulu is five hours behind New York in November: 08:00 there is 13:00 in New York.
            assertThat(decision.allowedFrom()).contains(local(2026, 11, 23, 13, 0, NEW_YORK));
            assertThat(call(local(2026, 11, 23, 13, 0, NEW_YORK), debtorIn()).allowed()).isTrue();
        }

        @Test
        void aDebtorInTwoZonesNeedsATimeThatSuitsBoth() {
            ContactDecision decision = call(local(2026, 11, 23, 10, 0, NEW_YORK), debtorIn(NEW_YORK, LOS_ANGELES));
            assertThat(decision.allowed()).isFalse();
            assertThat(decision.allowedFrom()).contains(local(2026, 11, 23, 8, 0, LOS_ANGELES));
        }

        @Test
        void lettersHaveNoTimeOfDay() {
            ContactRequest letter = new ContactRequest(1, Channel.LETTER, null, ContactPurpose.COLLECTION,
                    local(2026, 11, 23, 23, 30, NEW_YORK));
            assertThat(ContactRules.evaluate(letter, debtorIn(NEW_YORK), US).allowed()).isTrue();
        }
    }

    @Nested
    class CallFrequency {

        @Test
        void theSeventhCallInSevenDaysIsAllowedAndTheEighthIsNot() {
            List<Instant> six = dailyCallsBefore(MONDAY_10_NY, 6);
            assertThat(call(MONDAY_10_NY, withCalls(six)).allowed()).isTrue();

            List<Instant> seven = new ArrayList<>(six);
            seven.add(MONDAY_10_NY.minusSeconds(3600));
            ContactDecision eighth = call(MONDAY_10_NY, withCalls(seven));
            assertThat(codes(eighth)).containsExactly("CALL_FREQUENCY");
            assertThat(eighth.explanation()).startsWith("7 call attempts in the last 7 days: the limit is 7.");
        }

        @Test
        void theWindowIsSevenConsecutiveLocalDays() {
            // Seven calls on Tuesday 17 November (day 1 of a window ending Monday 23): still counted on Monday.
            List<Instant> sevenOnTuesday = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                sevenOnTuesday.add(local(2026, 11, 17, 9 + i, 0, NEW_YORK));
            }
            ContactDecision monday = call(local(2026, 11, 23, 20, 0, NEW_YORK), withCalls(sevenOnTuesday));
            assertThat(monday.allowed()).isFalse();
            assertThat(monday.allowedFrom()).contains(local(2026, 11, 24, 8, 0, NEW_YORK));
            assertThat(call(local(2026, 11, 24, 8, 0, NEW_YORK), withCalls(sevenOnTuesday)).allowed()).isTrue();
        }

        @Test
        void emailsAreNotCalls() {
            List<Instant> seven = dailyCallsBefore(MONDAY_10_NY, 7);
            ContactRequest email = new ContactRequest(1, Channel.EMAIL, "casey@example.com",
                    ContactPurpose.COLLECTION, MONDAY_10_NY);
            assertThat(ContactRules.evaluate(email, withCalls(seven), US).allowed()).isTrue();
        }
    }

    @Nested
    class AfterAConversation {

        @Test
        void theDayOfTheConversationIsDayOneOfSeven() {
            Instant talk = local(2026, 11, 16, 11, 0, NEW_YORK); // Monday 16 November
            ContactFacts facts = withConversation(talk);
            assertThat(call(local(2026, 11, 16, 15, 0, NEW_YORK), facts).allowed()).as("same day").isFalse();
            ContactDecision sunday = call(local(2026, 11, 22, 20, 0, NEW_YORK), facts);
            assertThat(codes(sunday)).containsExactly("CALL_AFTER_CONVERSATION");
            assertThat(sunday.allowedFrom()).contains(local(2026, 11, 23, 8, 0, NEW_YORK));
            assertThat(call(local(2026, 11, 23, 8, 0, NEW_YORK), facts).allowed()).as("day 8").isTrue();
        }

        @Test
        void aCallbackTheDebtorAskedForMayBeMadeAtTheAgreedTimeAndNotBeforeOrLongAfter() {
            Instant talk = local(2026, 11, 16, 11, 0, NEW_YORK);
            Instant agreed = local(2026, 11, 17, 18, 0, NEW_YORK);
            ContactFacts facts = new ContactFacts(Set.of(NEW_YORK), false, false, false, false, Set.of(), List.of(),
                    List.of(talk), List.of(talk), List.of(agreed));

            assertThat(call(local(2026, 11, 17, 18, 5, NEW_YORK), facts).allowed()).as("at the agreed time").isTrue();
            assertThat(call(local(2026, 11, 17, 17, 30, NEW_YORK), facts).allowed()).as("well before").isFalse();
            assertThat(codes(call(local(2026, 11, 18, 10, 0, NEW_YORK), facts)))
                    .as("the next day the quiet period applies again").containsExactly("CALL_AFTER_CONVERSATION");
            assertThat(codes(call(local(2026, 11, 17, 21, 30, NEW_YORK), facts)))
                    .as("never outside the hours").containsExactly("TIME_OF_DAY");
        }

        @Test
        void aLetterMayStillBeSentAfterAConversation() {
            ContactRequest letter = new ContactRequest(1, Channel.LETTER, null, ContactPurpose.COLLECTION,
                    local(2026, 11, 17, 10, 0, NEW_YORK));
            assertThat(ContactRules.evaluate(letter, withConversation(local(2026, 11, 16, 11, 0, NEW_YORK)), US)
                    .allowed()).isTrue();
        }
    }

    @Nested
    class StandingRules {

        @Test
        void anAttorneyRepresentedDebtorIsNotContactedAtAll() {
            ContactFacts facts = facts(Set.of(NEW_YORK), false, true, false, false, Set.of(), List.of());
            ContactDecision decision = call(MONDAY_10_NY, facts);
            assertThat(codes(decision)).containsExactly("ATTORNEY");
            assertThat(decision.allowedFrom()).as("lifts only when the flag is cleared").isEmpty();
        }

        @Test
        void ceaseCommunicationAllowsOnlyTheNoticesByLetter() {
            ContactFacts facts = facts(Set.of(NEW_YORK), true, false, false, false, Set.of(), List.of());
            assertThat(codes(call(MONDAY_10_NY, facts))).containsExactly("CEASE_COMMUNICATION");
            ContactRequest notice = new ContactRequest(1, Channel.LETTER, null, ContactPurpose.CEASE_NOTICE,
                    MONDAY_10_NY);
            assertThat(ContactRules.evaluate(notice, facts, US).allowed()).isTrue();
            ContactRequest collectionLetter = new ContactRequest(1, Channel.LETTER, null, ContactPurpose.COLLECTION,
                    MONDAY_10_NY);
            assertThat(ContactRules.evaluate(collectionLetter, facts, US).allowed()).isFalse();
        }

        @Test
        void aDisputeHoldStopsCollectionButNotVerification() {
            ContactFacts facts = facts(Set.of(NEW_YORK), false, false, false, false, Set.of(),
                    List.of(new ContactFacts.ActiveHold("DISPUTE", false, true)));
            ContactDecision collection = call(MONDAY_10_NY, facts);
            assertThat(codes(collection)).containsExactly("HOLD_DISPUTE");
            assertThat(collection.explanation()).contains("until verification is sent");
            ContactRequest verification = new ContactRequest(1, Channel.LETTER, null, ContactPurpose.VERIFICATION,
                    MONDAY_10_NY);
            assertThat(ContactRules.evaluate(verification, facts, US).allowed()).isTrue();
        }

        @Test
        void aHoldThatBlocksContactBlocksEveryPurpose() {
            ContactFacts facts = facts(Set.of(NEW_YORK), false, false, false, false, Set.of(),
                    List.of(new ContactFacts.ActiveHold("MANUAL", true, true)));
            ContactRequest verification = new ContactRequest(1, Channel.LETTER, null, ContactPurpose.VERIFICATION,
                    MONDAY_10_NY);
            assertThat(codes(ContactRules.evaluate(verification, facts, US))).containsExactly("HOLD_MANUAL");
        }

        @Test
        void anOptedOutAddressGetsNoMoreMessagesHoweverItIsWritten() {
            ContactFacts facts = facts(Set.of(NEW_YORK), false, false, false, false,
                    Set.of(ContactAddresses.normalise("Casey@Example.com"), ContactAddresses.normalise("(212) 555-0100")),
                    List.of());
            assertThat(codes(message(Channel.EMAIL, " casey@example.COM", facts))).containsExactly("OPTED_OUT");
            assertThat(codes(message(Channel.SMS, "+1 212 555 0100", facts))).containsExactly("OPTED_OUT");
            assertThat(message(Channel.EMAIL, "casey.work@example.com", facts).allowed()).isTrue();
            assertThat(call(MONDAY_10_NY, facts).allowed()).as("opt-out is per channel").isTrue();
        }

        @Test
        void bankruptcyAndDeathStopContactAndEveryReasonIsListed() {
            ContactFacts facts = facts(Set.of(NEW_YORK), false, false, true, true, Set.of(), List.of());
            ContactDecision decision = call(local(2026, 11, 23, 22, 0, NEW_YORK), facts);
            assertThat(codes(decision)).containsExactlyInAnyOrder("DECEASED", "BANKRUPTCY", "TIME_OF_DAY");
            assertThat(decision.allowedFrom()).isEmpty();
        }
    }

    @Test
    void theDecisionNamesTheRuleSet() {
        assertThat(call(MONDAY_10_NY, debtorIn(NEW_YORK)).ruleSet()).isEqualTo("US-REG-F v1");
    }

    static ContactDecision call(Instant at, ContactFacts facts) {
        return ContactRules.evaluate(new ContactRequest(1, Channel.CALL, "2125550100", ContactPurpose.COLLECTION, at),
                facts, US);
    }

    static ContactDecision message(Channel channel, String address, ContactFacts facts) {
        return ContactRules.evaluate(new ContactRequest(1, channel, address, ContactPurpose.COLLECTION, MONDAY_10_NY),
                facts, US);
    }

    static ContactFacts debtorIn(ZoneId... zones) {
        return facts(Set.of(zones), false, false, false, false, Set.of(), List.of());
    }

    static ContactFacts withCalls(List<Instant> calls) {
        return new ContactFacts(Set.of(NEW_YORK), false, false, false, false, Set.of(), List.of(), calls, List.of());
    }

    static ContactFacts withConversation(Instant talk) {
        return new ContactFacts(Set.of(NEW_YORK), false, false, false, false, Set.of(), List.of(), List.of(talk),
                List.of(talk));
    }

    static ContactFacts facts(Set<ZoneId> zones, boolean cease, boolean attorney, boolean bankruptcy, boolean deceased,
                              Set<String> optedOut, List<ContactFacts.ActiveHold> holds) {
        return new ContactFacts(zones, cease, attorney, bankruptcy, deceased, optedOut, holds, List.of(), List.of());
    }

    static List<Instant> dailyCallsBefore(Instant at, int count) {
        List<Instant> calls = new ArrayList<>();
        for (int day = 1; day <= count; day++) {
            calls.add(at.minusSeconds(day * 86_400L - 3_600L * (day % 3)));
        }
        return calls;
    }

    static List<String> codes(ContactDecision decision) {
        return decision.denials().stream().map(Denial::code).toList();
    }

    static Instant local(int year, int month, int day, int hour, int minute, ZoneId zone) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
    }
}
