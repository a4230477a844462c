package app.settle.api.core;

/** The account does not exist or belongs to a team the current user may not see; the two look the same. */
public class AccountNotVisibleException extends RuntimeException {

    public AccountNotVisibleException(long accountId) {
        super("Account " + accountId + " was not found among the accounts you may see.");
    }
}
