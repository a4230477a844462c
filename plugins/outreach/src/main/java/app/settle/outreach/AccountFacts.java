package app.settle.outreach;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.CREDITOR;
import static app.settle.api.db.Tables.DEBTOR;

import app.settle.api.PluginSettings;
import app.settle.api.compliance.Channel;
import app.settle.api.core.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * What a message needs to know about one account, read from the core tables: the merge values, the debtor's
 * addresses per channel, and whether the debt is time-barred (its statute-of-limitations date has passed).
 */
record AccountFacts(long accountId, Map<String, String> values, boolean timeBarred, String recipient,
                    List<Address> addresses) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    /** One of the debtor's contact points. */
    record Address(Channel channel, String value, String label, boolean optedOut) {
    }

    /** Reads the facts, or empty when there is no such account. No team scope: callers check it first. */
    static Optional<AccountFacts> load(DSLContext dsl, long accountId, LocalDate today, PluginSettings settings) {
        Record row = dsl.select(ACCOUNT.ID, ACCOUNT.EXTERNAL_REF, ACCOUNT.CURRENCY, ACCOUNT.CURRENT_BALANCE,
                        ACCOUNT.ORIGINAL_BALANCE, ACCOUNT.DELINQUENCY_DATE, ACCOUNT.STATUTE_DATE, ACCOUNT.DEBTOR_ID,
                        DEBTOR.FIRST_NAME, DEBTOR.LAST_NAME, DEBTOR.BUSINESS_NAME, CREDITOR.NAME)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                .where(ACCOUNT.ID.eq(accountId))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        String business = row.get(DEBTOR.BUSINESS_NAME);
        String first = business != null ? business : nullToEmpty(row.get(DEBTOR.FIRST_NAME));
        String last = business != null ? "" : nullToEmpty(row.get(DEBTOR.LAST_NAME));
        String name = business != null ? business : (first + " " + last).strip();
        String currency = row.get(ACCOUNT.CURRENCY);
        Map<String, String> values = new HashMap<>();
        values.put(MergeField.DEBTOR_FIRST_NAME.key(), first);
        values.put(MergeField.DEBTOR_LAST_NAME.key(), last);
        values.put(MergeField.DEBTOR_NAME.key(), name);
        values.put(MergeField.ACCOUNT_REFERENCE.key(), row.get(ACCOUNT.EXTERNAL_REF));
        values.put(MergeField.ACCOUNT_CREDITOR.key(), row.get(CREDITOR.NAME));
        values.put(MergeField.ACCOUNT_BALANCE.key(), Money.of(row.get(ACCOUNT.CURRENT_BALANCE), currency).format());
        values.put(MergeField.ACCOUNT_ORIGINAL_BALANCE.key(),
                Money.of(row.get(ACCOUNT.ORIGINAL_BALANCE), currency).format());
        LocalDate delinquency = row.get(ACCOUNT.DELINQUENCY_DATE);
        values.put(MergeField.ACCOUNT_DAYS_PAST_DUE.key(),
                String.format(Locale.US, "%,d", Math.max(0, ChronoUnit.DAYS.between(delinquency, today))));
        values.put(MergeField.ACCOUNT_DELINQUENCY_DATE.key(), DATE.format(delinquency));
        values.put(MergeField.TODAY.key(), DATE.format(today));
        values.put(MergeField.COMPANY_NAME.key(), settings.get("company-name", "Settle Recovery Services"));
        values.put(MergeField.COMPANY_PHONE.key(), settings.get("company-phone", "1-800-555-0100"));
        LocalDate statute = row.get(ACCOUNT.STATUTE_DATE);
        List<Address> addresses = dsl.select(CONTACT_POINT.KIND, CONTACT_POINT.VALUE, CONTACT_POINT.LABEL,
                        CONTACT_POINT.CITY, CONTACT_POINT.STATE, CONTACT_POINT.POSTAL_CODE, CONTACT_POINT.OPTED_OUT_AT)
                .from(CONTACT_POINT)
                .where(CONTACT_POINT.DEBTOR_ID.eq(row.get(ACCOUNT.DEBTOR_ID)))
                .orderBy(CONTACT_POINT.ID)
                .fetch(point -> new Address(channelOf(point.value1()), addressOf(point.value1(), point.value2(),
                        point.value4(), point.value5(), point.value6()), point.value3(), point.value7() != null));
        return Optional.of(new AccountFacts(accountId, Map.copyOf(values),
                statute != null && statute.isBefore(today), name, addresses));
    }

    /**
     * The address to use on a channel: the first that has not opted out (a mobile phone first for text messages), or
     * the first at all, so that the guard can say it opted out; empty when the debtor has none.
     */
    Optional<Address> addressFor(Channel channel) {
        List<Address> candidates = addresses.stream().filter(address -> address.channel() == channel).toList();
        return candidates.stream().filter(address -> !address.optedOut())
                .sorted((a, b) -> Boolean.compare(!"mobile".equalsIgnoreCase(a.label()),
                        !"mobile".equalsIgnoreCase(b.label())))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    private static Channel channelOf(String kind) {
        return switch (kind) {
            case "EMAIL" -> Channel.EMAIL;
            case "PHONE" -> Channel.SMS;
            default -> Channel.LETTER;
        };
    }

    private static String addressOf(String kind, String value, String city, String state, String postalCode) {
        if (!"ADDRESS".equals(kind)) {
            return value;
        }
        StringBuilder line = new StringBuilder(value);
        if (city != null && !city.isBlank()) {
            line.append(", ").append(city);
        }
        if (state != null && !state.isBlank()) {
            line.append(", ").append(state);
        }
        if (postalCode != null && !postalCode.isBlank()) {
            line.append(' ').append(postalCode);
        }
        return line.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
