package app.settle.plugins.disputes;

import app.settle.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules a dispute must meet before anything is stored: each answer is a message for the user, or null when the
 * input is acceptable. Pure: the caller passes the account, today and the account's unresolved disputes.
 */
final class DisputeChecks {

    static final int STATEMENT_LIMIT = 4000;
    static final int REASON_LIMIT = 1000;

    private DisputeChecks() {
    }

    /** The amount the new dispute covers: the whole balance, or the amount entered. */
    static Money disputedAmount(NewDispute input, AccountFacts account) {
        return input.wholeDebt() ? account.balance() : new Money(input.amount(), account.balance().currency());
    }

    static String refusal(NewDispute input, AccountFacts account, LocalDate today, List<Dispute> unresolved) {
        if (input.reason() == null) {
            return "Choose the reason the debtor gives for the dispute.";
        }
        if (input.receivedVia() == null) {
            return "Say whether the dispute was received in writing or orally.";
        }
        if (input.receivedOn() == null) {
            return "Enter the date the dispute was received.";
        }
        if (input.receivedOn().isAfter(today)) {
            return "The received date " + DisputeFormat.date(input.receivedOn())
                    + " is in the future: enter the day the dispute reached us.";
        }
        if (input.statement() != null && input.statement().length() > STATEMENT_LIMIT) {
            return "The debtor's statement is at most " + String.format("%,d", STATEMENT_LIMIT) + " characters.";
        }
        String amountRefusal = amountRefusal(input, account);
        if (amountRefusal != null) {
            return amountRefusal;
        }
        return overlapRefusal(input, account, unresolved);
    }

    private static String amountRefusal(NewDispute input, AccountFacts account) {
        if (!account.balance().isPositive()) {
            return "Account " + account.externalRef() + " has no balance left to dispute.";
        }
        if (input.wholeDebt()) {
            return null;
        }
        BigDecimal amount = input.amount();
        if (amount == null) {
            return "Enter the disputed amount, or choose the whole debt.";
        }
        if (amount.signum() <= 0) {
            return "The disputed amount must be more than zero.";
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return "The disputed amount has at most two decimals (cents).";
        }
        if (amount.compareTo(account.balance().amount()) > 0) {
            return "The disputed amount " + new Money(amount, account.balance().currency()).format()
                    + " is more than the balance of " + account.balance().format() + ".";
        }
        return null;
    }

    private static String overlapRefusal(NewDispute input, AccountFacts account, List<Dispute> unresolved) {
        Money wanted = disputedAmount(input, account);
        for (Dispute open : unresolved) {
            String opened = " (opened " + DisputeFormat.date(open.receivedOn()) + ", " + open.status().label().toLowerCase()
                    + ")";
            if (open.wholeDebt()) {
                return "This account already has an open dispute of the whole debt" + opened
                        + ": add to that dispute instead.";
            }
            if (input.wholeDebt()) {
                return "This account already has an open dispute of " + open.disputedAmount().format() + opened
                        + ": resolve it, or add to it, before disputing the whole debt.";
            }
            if (open.disputedAmount().compareTo(wanted) == 0) {
                return "This account already has an open dispute of the same amount, " + wanted.format() + opened + ".";
            }
        }
        return null;
    }

    /** A resolution needs its reason; null when given. */
    static String reasonRefusal(String reason) {
        if (reason == null || reason.isBlank()) {
            return "Give the reason for this resolution: it goes on the account's timeline and in the audit log.";
        }
        if (reason.length() > REASON_LIMIT) {
            return "The reason is at most " + String.format("%,d", REASON_LIMIT) + " characters.";
        }
        return null;
    }
}
