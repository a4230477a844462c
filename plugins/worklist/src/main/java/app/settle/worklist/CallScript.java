package app.settle.worklist;

import java.util.ArrayList;
import java.util.List;

/**
 * What the collector says on a call, chosen from the account's situation. The opening is always the same two
 * steps: verify the right party before saying anything about the debt (no third-party disclosure), then the
 * required disclosure that this is an attempt to collect a debt (15 U.S.C. 1692e(11)). Talking points follow the
 * situation. For a time-barred debt (past the statute of limitations) nothing threatens or implies a suit
 * (12 CFR 1006.26(b)): the legal-action point is left out and the collector is told not to mention it.
 */
final class CallScript {

    /** The facts a script depends on. */
    record Facts(String debtorName, String collectorName, String agency, String creditor, String balance,
                 boolean timeBarred, int daysPastDue, int brokenPromises, boolean callbackDue, boolean paidSomething,
                 boolean inValidationPeriod) {
    }

    record Script(List<String> opening, List<String> talkingPoints) {
        String text() {
            return String.join("\n", opening) + "\n" + String.join("\n", talkingPoints);
        }
    }

    private CallScript() {
    }

    static Script forAccount(Facts f) {
        List<String> opening = List.of(
                "Ask for " + f.debtorName() + " by name. Say nothing about the debt to anyone else: if it is not "
                        + f.debtorName() + ", leave only your first name and a number.",
                "Verify the right party: ask them to confirm their date of birth or the last four digits of their"
                        + " Social Security number before you go on.",
                "\"My name is " + f.collectorName() + " of " + f.agency() + ". This is an attempt to collect a debt,"
                        + " and any information obtained will be used for that purpose. I am calling about your "
                        + f.creditor() + " account.\"");
        List<String> points = new ArrayList<>();
        if (f.callbackDue()) {
            points.add("They asked for this call back: thank them for taking it and pick up where you left off.");
        }
        if (f.inValidationPeriod()) {
            points.add("The validation period is still open: they may dispute the debt or ask who the original"
                    + " creditor is; tell them how, and do not press them to pay in a way that overshadows it.");
        }
        if (f.brokenPromises() > 0) {
            points.add("A promise to pay was not kept" + (f.brokenPromises() > 1 ? " (" + f.brokenPromises()
                    + " times)" : "") + ": ask what got in the way, then agree a smaller amount or a date they can keep.");
        }
        if (f.paidSomething()) {
            points.add("Thank them for the payments made so far.");
        }
        points.add("The balance is " + f.balance() + ". Ask for payment in full; if that is not possible, offer a"
                + " payment plan.");
        if (f.daysPastDue() > 180) {
            points.add("The account is " + f.daysPastDue() + " days past due: a settlement within your floor may be"
                    + " offered.");
        }
        if (f.timeBarred()) {
            points.add("This debt is past the statute of limitations: talk only about paying it voluntarily, and say"
                    + " nothing about what could happen if they do not pay.");
        } else {
            points.add("If asked what happens next: the account stays with us for collection. Mention legal action"
                    + " only if the creditor has decided on it; never as a threat.");
        }
        points.add("Listen for a dispute, hardship, an attorney or a request to stop calling: log it with the outcome.");
        return new Script(opening, List.copyOf(points));
    }
}
