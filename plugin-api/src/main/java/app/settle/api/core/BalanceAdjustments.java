package app.settle.api.core;

/**
 * Takes money off an account's balance for a reason other than a payment: an upheld dispute's adjustment or
 * write-off. Like a payment posting, the host locks the account row, moves the balance under the account's
 * optimistic version, writes a timeline entry and an audit row, all in one transaction (the caller's, if there
 * is one). The balance never goes below zero.
 *
 * <p>Only supervisors and administrators who may see the account (team scope) adjust balances; a request
 * without a signed-in user (background work) is not restricted. Refusals are exceptions whose message is
 * written for users: {@link AccountNotVisibleException}, {@link SecurityException} for a role that may not,
 * {@link IllegalArgumentException} for an amount that is not positive, in another currency, or above the
 * balance, or an account that is closed, recalled or written off.
 */
public interface BalanceAdjustments {

    /**
     * Applies the adjustment once per {@link BalanceAdjustment#idempotencyKey()} and returns the balance after
     * it (for a repeated key: the balance right after the first application, which changes nothing).
     */
    Money adjust(BalanceAdjustment adjustment);
}
