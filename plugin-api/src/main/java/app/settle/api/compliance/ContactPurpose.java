package app.settle.api.compliance;

/**
 * Why the debtor is contacted. Collection is the usual purpose; the others are the communications the law
 * still allows when collection or communication has to stop.
 */
public enum ContactPurpose {
    /** Any communication in connection with collecting the debt. */
    COLLECTION,
    /** Verification of a disputed debt (15 U.S.C. 1692g(b)), which ends a dispute hold. */
    VERIFICATION,
    /** One of the three notices still allowed after a cease-communication request (15 U.S.C. 1692c(c)). */
    CEASE_NOTICE
}
