package app.settle.outreach;

import java.util.Arrays;
import java.util.Optional;

/** The merge fields a template may use, with what each becomes. */
enum MergeField {
    DEBTOR_FIRST_NAME("debtor.first_name", "the debtor's first name (the business name for a business)"),
    DEBTOR_LAST_NAME("debtor.last_name", "the debtor's last name"),
    DEBTOR_NAME("debtor.name", "the debtor's full name or business name"),
    ACCOUNT_REFERENCE("account.reference", "the creditor's account reference"),
    ACCOUNT_CREDITOR("account.creditor", "the creditor's name"),
    ACCOUNT_BALANCE("account.balance", "the current balance, e.g. $1,250.00"),
    ACCOUNT_ORIGINAL_BALANCE("account.original_balance", "the balance when placed"),
    ACCOUNT_DAYS_PAST_DUE("account.days_past_due", "days past due, e.g. 95"),
    ACCOUNT_DELINQUENCY_DATE("account.delinquency_date", "the first delinquency date, e.g. 20 Aug 2026"),
    TODAY("today", "today's date"),
    COMPANY_NAME("company.name", "your company's name (setting company-name)"),
    COMPANY_PHONE("company.phone", "your company's phone number (setting company-phone)"),
    OPT_OUT_LINK("opt_out_link", "the link that stops emails to this address (emails only)");

    private final String key;
    private final String meaning;

    MergeField(String key, String meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    String key() {
        return key;
    }

    String meaning() {
        return meaning;
    }

    /** As written in a template, e.g. {@code {{debtor.first_name}}}. */
    String placeholder() {
        return "{{" + key + "}}";
    }

    static Optional<MergeField> of(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
