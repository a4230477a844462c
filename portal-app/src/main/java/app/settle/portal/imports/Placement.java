package app.settle.portal.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One checked row of a placement file, normalised (phones as 10 digits, emails lower-case, zone derived). */
record Placement(long line, String creditorCode, String creditorName, String accountRef, String debtorRef,
                 String debtorType, String firstName, String lastName, String businessName, LocalDate dateOfBirth,
                 String ssnLast4, String address, String city, String state, String postalCode, String timeZone,
                 String phone1, String phone2, String email, String currency, BigDecimal originalBalance,
                 BigDecimal currentBalance, LocalDate delinquencyDate, LocalDate chargeOffDate,
                 LocalDate lastPaymentDate, LocalDate validationNoticeDate, LocalDate statuteDate, long teamId) {
}
