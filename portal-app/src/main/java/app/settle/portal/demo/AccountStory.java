package app.settle.portal.demo;

import app.settle.api.compliance.Channel;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.HoldReason;
import app.settle.api.core.Timeline;
import app.settle.portal.shell.PhoneNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The past of one demo account since placement, written as the rows the services would have written at the
 * time: the validation notice, calls, emails and letters with their outcomes, promises to pay (kept when a
 * payment came, broken or pending otherwise), notes, and how it ended if it did (a dispute, or the debtor's
 * attorney, bankruptcy, cease-communication letter or death, each with its hold).
 *
 * <p>Contacts come every few days in the first six weeks after placement, then every few weeks. The history
 * keeps the rules the guard enforces today: at most one call a day (so never more than 7 in 7
 * days), no call within 7 days after a conversation (its day is day 1), every call and email within calling
 * hours in each of the debtor's zones, and after a hold that blocks contact or collection no more of it.
 */
final class AccountStory {

    /** How the story ends. */
    enum Ending { ONGOING, DISPUTE, DISPUTE_RESOLVED, ATTORNEY, BANKRUPTCY, CEASE_COMMUNICATION, DECEASED }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final String[] DISPUTE_REASONS = {"Not my debt", "Wrong amount", "Already paid",
            "Identity theft", "Billing error", "Product or service"};
    private static final String[] NOTES = {
            "Debtor asked for a payoff letter by email.",
            "Hardship: lost hours at work in the autumn; asked about a payment plan.",
            "Prefers calls after 5 pm local time.",
            "Address confirmed with the debtor.",
            "Debtor asked for an itemization of the balance.",
            "Mail returned once; new address confirmed by phone.",
            "Debtor is waiting for a tax refund to pay."};

    private final HistoryAccount account;
    private final SplittableRandom random;
    private final HistoryRows rows;
    private final String user;
    private final LocalDate today;

    AccountStory(HistoryAccount account, SplittableRandom random, HistoryRows rows, String user, LocalDate today) {
        this.account = account;
        this.random = random;
        this.rows = rows;
        this.user = user;
        this.today = today;
    }

    /**
     * Writes the story: the validation notice, contacts from placement until {@code endingDay} (or
     * yesterday), then the ending.
     *
     * @param worked whether the account was worked at all (calls and emails), or only noticed
     * @return the day the account was placed, as the story has it
     */
    LocalDate tell(boolean worked, Ending ending, LocalDate endingDay, String attorney) {
        LocalDate placed = account.validationNotice() != null ? account.validationNotice().minusDays(3)
                : today.minusDays(3 + random.nextInt(20));
        LocalDate stop = ending == Ending.ONGOING ? today : endingDay;
        if (!placed.isBefore(stop)) {
            placed = stop.minusDays(1);
        }
        if (account.validationNotice() != null && account.validationNotice().isBefore(stop)) {
            rows.contact(account.id(), Channel.LETTER, false, null, null, ContactOutcome.SENT,
                    "Validation notice mailed (12 CFR 1006.34).", user, atMailTime(account.validationNotice()));
        }
        if (worked) {
            contacts(placed.plusDays(4), stop);
        }
        switch (ending) {
            case ONGOING -> { }
            case DISPUTE, DISPUTE_RESOLVED -> dispute(endingDay, ending == Ending.DISPUTE_RESOLVED);
            case ATTORNEY -> {
                rows.timeline(account.id(), "NOTE", "Debtor is represented by an attorney",
                        "Debtor called in: " + attorney + " represents them; all contact goes to the attorney.", user,
                        ContactTimes.during(endingDay, account.zones(), random));
                hold(HoldReason.ATTORNEY, "Represented by " + attorney, endingDay,
                        "attorney on (" + attorney + ")");
            }
            case BANKRUPTCY -> {
                rows.timeline(account.id(), "NOTE", "Bankruptcy notice received",
                        "Chapter 7 notice from the court received by mail; collection stopped.", user,
                        atMailTime(endingDay));
                hold(HoldReason.BANKRUPTCY, "Chapter 7 filed", endingDay, "bankruptcy on");
            }
            case CEASE_COMMUNICATION -> {
                rows.timeline(account.id(), "NOTE", "Cease-communication letter received",
                        "Debtor wrote asking us to stop all communication.", user, atMailTime(endingDay));
                hold(HoldReason.CEASE_COMMUNICATION, "Written request to stop communication", endingDay,
                        "cease communication on");
                LocalDate notice = endingDay.plusDays(3);
                if (notice.isBefore(today)) {
                    rows.contact(account.id(), Channel.LETTER, false, null, null, ContactOutcome.SENT,
                            "Notice that collection efforts are ending (one of the notices allowed after a"
                                    + " cease request).", user, atMailTime(notice));
                }
            }
            case DECEASED -> {
                rows.timeline(account.id(), "NOTE", "Debtor reported deceased",
                        "A family member reported the debtor's death; death certificate requested.", user,
                        ContactTimes.during(endingDay, account.zones(), random));
                hold(HoldReason.DECEASED, "Reported by family", endingDay, "deceased on");
            }
        }
        return placed;
    }

    /** Calls, emails and letters from {@code from} until the day before {@code stop}. */
    private void contacts(LocalDate from, LocalDate stop) {
        boolean phoneWorks = account.phone() != null;
        // A debtor who paid had promised it on a call a few days before.
        LocalDate promiseDay = account.hasPayment() ? account.firstPayment().minusDays(2 + random.nextInt(5)) : null;
        LocalDate day = from.plusDays(random.nextInt(4));
        boolean noted = random.nextInt(100) >= 15;
        while (day.isBefore(stop) && day.isBefore(today)) {
            if (promiseDay != null && (!phoneWorks || !day.isBefore(account.firstPayment()))) {
                promiseDay = null;
            }
            if (!noted && random.nextInt(6) == 0) {
                rows.timeline(account.id(), "NOTE", "Note", NOTES[random.nextInt(NOTES.length)], user,
                        ContactTimes.during(day, account.zones(), random));
                noted = true;
            }
            boolean promiseNow = promiseDay != null && !day.isBefore(promiseDay);
            int dice = random.nextInt(100);
            int leastGap = 1;
            int gap;
            if (phoneWorks && (promiseNow || dice < 75 || account.email() == null)) {
                ContactOutcome outcome = promiseNow ? ContactOutcome.PROMISE_TO_PAY : callOutcome();
                call(day, outcome, promiseNow);
                if (promiseNow) {
                    promiseDay = null;
                }
                if (outcome == ContactOutcome.WRONG_NUMBER) {
                    phoneWorks = false;
                }
                // No call within 7 days after a conversation, whose day is day 1.
                leastGap = outcome.conversationWithDebtor() ? 7 : 1;
                gap = leastGap + random.nextInt(outcome.conversationWithDebtor() ? 7 : 4);
            } else if (account.email() != null && dice < 92) {
                rows.contact(account.id(), Channel.EMAIL, false, account.email(), account.email(),
                        ContactOutcome.SENT, "Payment options, with the opt-out link.", user,
                        ContactTimes.during(day, account.zones(), random));
                gap = 3 + random.nextInt(5);
            } else {
                rows.contact(account.id(), Channel.LETTER, false, null, null, ContactOutcome.SENT,
                        "Reminder letter with payment options.", user, atMailTime(day));
                gap = 10 + random.nextInt(10);
            }
            LocalDate next = day.plusDays(Math.max(gap, slowdown(from, day)));
            if (promiseDay != null && promiseDay.isBefore(next)) {
                next = promiseDay.isAfter(day.plusDays(leastGap)) ? promiseDay : day.plusDays(leastGap);
            }
            day = next;
        }
    }

    /**
     * Accounts are worked hard in their first six weeks, then now and then: the least number of days to the
     * next contact (0 while the early effort lasts).
     */
    private int slowdown(LocalDate from, LocalDate day) {
        return day.isAfter(from.plusDays(42)) ? 12 + random.nextInt(24) : 0;
    }

    /** A call; {@code keptPromise}: a promise the account's first payment kept. */
    private void call(LocalDate day, ContactOutcome outcome, boolean keptPromise) {
        Instant at = ContactTimes.during(day, account.zones(), random);
        String notes = switch (outcome) {
            case LEFT_MESSAGE -> "Left a limited-content message asking for a call back.";
            case WRONG_NUMBER -> "The person who answered does not know the debtor; number marked wrong.";
            case RIGHT_PARTY_CONTACT -> "Identity verified, mini-Miranda given; debtor will review finances.";
            case REFUSED_TO_PAY -> "Debtor acknowledges the debt but will not pay now.";
            case CALLBACK_REQUESTED -> "Debtor asked for a call back next week.";
            case PROMISE_TO_PAY -> promise(day, at, keptPromise);
            default -> null;
        };
        rows.contact(account.id(), Channel.CALL, false, account.phone(), PhoneNumbers.format(account.phone()),
                outcome, notes, user, at);
    }

    /** Writes the promise and, once its day has passed, whether it was kept; returns the call's note. */
    private String promise(LocalDate day, Instant at, boolean paid) {
        LocalDate due = paid ? account.firstPayment() : day.plusDays(3 + random.nextInt(12));
        BigDecimal amount = paid ? account.firstPaymentAmount()
                : account.balance().multiply(BigDecimal.valueOf(10 + random.nextInt(25))).movePointLeft(2)
                        .max(BigDecimal.valueOf(25)).setScale(0, RoundingMode.HALF_UP);
        String promised = money(amount) + " by " + DAY.format(due);
        rows.timeline(account.id(), "PROMISE", "Promise to pay " + promised, "Payment by ACH.", user, at);
        LocalDate checked = due.plusDays(1);
        if (checked.isBefore(today)) {
            rows.timeline(account.id(), paid ? Timeline.PROMISE_KEPT : Timeline.PROMISE_BROKEN, paid ? "Promise kept: " + money(amount) + " received"
                    : "Promise broken: no payment by " + DAY.format(due), null, "system", atMailTime(checked));
        }
        return "Promised " + promised + ".";
    }

    private void dispute(LocalDate day, boolean resolved) {
        String reason = DISPUTE_REASONS[random.nextInt(DISPUTE_REASONS.length)];
        Instant at = ContactTimes.during(day, account.zones(), random);
        if (account.phone() != null) {
            rows.contact(account.id(), Channel.CALL, true, account.phone(), PhoneNumbers.format(account.phone()),
                    ContactOutcome.DISPUTE, "Debtor disputes the debt: " + reason.toLowerCase(Locale.ROOT) + ".", user,
                    at);
        }
        rows.timeline(account.id(), "DISPUTE", "Dispute opened: " + reason, "Disputed amount "
                + money(account.balance()) + ". Collection stopped until verification is sent.", user, at);
        Instant released = null;
        LocalDate verified = day.plusDays(10 + random.nextInt(16));
        if (resolved && verified.isBefore(today)) {
            released = atMailTime(verified);
            rows.contact(account.id(), Channel.LETTER, false, null, null, ContactOutcome.SENT,
                    "Verification of the debt mailed.", user, released);
            rows.timeline(account.id(), "DISPUTE", "Dispute resolved: verification sent",
                    "Dispute rejected after review; collection may resume.", user, released);
        }
        rows.hold(account.id(), HoldReason.DISPUTE, reason, user, at.plusSeconds(60),
                released == null ? null : released.plusSeconds(60));
    }

    /** A hold that comes with a debtor flag (set on the debtor by {@link DemoHistory}). */
    private void hold(HoldReason reason, String note, LocalDate day, String flag) {
        Instant at = atMailTime(day).plusSeconds(3600);
        rows.timeline(account.id(), "FLAGS", "Debtor flags changed", flag, user, at);
        rows.hold(account.id(), reason, note, user, at.plusSeconds(1), null);
    }

    private ContactOutcome callOutcome() {
        int dice = random.nextInt(100);
        if (dice < 45) {
            return ContactOutcome.NO_ANSWER;
        } else if (dice < 70) {
            return ContactOutcome.LEFT_MESSAGE;
        } else if (dice < 73) {
            return ContactOutcome.WRONG_NUMBER;
        } else if (dice < 83) {
            return ContactOutcome.RIGHT_PARTY_CONTACT;
        } else if (dice < 88) {
            return ContactOutcome.REFUSED_TO_PAY;
        } else if (dice < 95) {
            return ContactOutcome.PROMISE_TO_PAY;
        }
        return ContactOutcome.CALLBACK_REQUESTED;
    }

    /** Mail and overnight work: 15:00 UTC, which is daytime everywhere in the US. */
    private static Instant atMailTime(LocalDate day) {
        return day.atTime(15, 0).toInstant(ZoneOffset.UTC);
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.US, "$%,.2f", amount);
    }
}
