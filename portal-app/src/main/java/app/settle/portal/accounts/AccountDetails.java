package app.settle.portal.accounts;

import app.settle.api.core.AgingBucket;
import app.settle.api.core.Money;
import java.time.LocalDate;
import java.util.List;

/** Everything the workspace shows about one account, read at one moment. */
public record AccountDetails(long id, String externalRef, String creditorName, String teamName, String status,
                             Money originalBalance, Money currentBalance, Money paidTotal, LocalDate delinquencyDate,
                             long daysPastDue, LocalDate chargeOffDate, LocalDate lastPaymentDate,
                             LocalDate validationNoticeDate, LocalDate statuteDate, Integer score, int version,
                             Debtor debtor, List<ContactPoint> contactPoints) {

    public AccountDetails {
        contactPoints = List.copyOf(contactPoints);
    }

    public AgingBucket agingBucket() {
        return AgingBucket.of(daysPastDue);
    }

    /** Past the statute of limitations: no suit, no threat of suit (12 CFR 1006.26(b)). */
    public boolean timeBarred(LocalDate today) {
        return statuteDate != null && statuteDate.isBefore(today);
    }

    public record Debtor(long id, String displayName, String kind, String state, String timeZone,
                         boolean ceaseCommunication, boolean attorneyRepresented, String attorneyName,
                         boolean bankruptcy, boolean deceased, int version) {
    }

    public record ContactPoint(long id, String kind, String label, String value, String timeZone, boolean optedOut) {
    }
}
