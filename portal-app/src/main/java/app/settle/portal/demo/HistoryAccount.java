package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.DEBTOR;
import static app.settle.api.db.Tables.PAYMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What the history of an imported demo account is made from: its dates, the debtor's zones and first phone
 * and email as imported, and the first payment posted to it (to hang a kept promise on).
 */
record HistoryAccount(long id, String ref, long debtorId, long teamId, LocalDate delinquency,
                      LocalDate validationNotice, BigDecimal balance, List<ZoneId> zones, String phone,
                      String email, LocalDate firstPayment, BigDecimal firstPaymentAmount) {

    boolean hasPayment() {
        return firstPayment != null;
    }

    /** Every active account with its debtor's contact points and first posted payment. */
    static List<HistoryAccount> readAll(DSLContext dsl) {
        Map<Long, Contacts> contacts = new HashMap<>();
        dsl.select(CONTACT_POINT.DEBTOR_ID, CONTACT_POINT.KIND, CONTACT_POINT.VALUE, CONTACT_POINT.TIME_ZONE)
                .from(CONTACT_POINT)
                .where(CONTACT_POINT.KIND.in("PHONE", "EMAIL"))
                .orderBy(CONTACT_POINT.ID)
                .forEach(r -> contacts.computeIfAbsent(r.value1(), id -> new Contacts())
                        .add(r.value2(), r.value3(), r.value4()));
        Map<Long, LocalDate> firstPaid = new HashMap<>();
        Map<Long, BigDecimal> firstAmount = new HashMap<>();
        dsl.select(PAYMENT.ACCOUNT_ID, PAYMENT.PAID_ON, PAYMENT.AMOUNT)
                .from(PAYMENT)
                .where(PAYMENT.STATUS.eq("POSTED"), PAYMENT.KIND.eq("PAYMENT"), PAYMENT.ACCOUNT_ID.isNotNull())
                .orderBy(PAYMENT.PAID_ON, PAYMENT.ID)
                .forEach(r -> {
                    if (firstPaid.putIfAbsent(r.value1(), r.value2()) == null) {
                        firstAmount.put(r.value1(), r.value3());
                    }
                });
        List<HistoryAccount> accounts = new ArrayList<>();
        dsl.select(ACCOUNT.ID, ACCOUNT.EXTERNAL_REF, ACCOUNT.DEBTOR_ID, ACCOUNT.TEAM_ID, ACCOUNT.DELINQUENCY_DATE,
                        ACCOUNT.VALIDATION_NOTICE_DATE, ACCOUNT.CURRENT_BALANCE, DEBTOR.TIME_ZONE)
                .from(ACCOUNT).join(DEBTOR).on(DEBTOR.ID.eq(ACCOUNT.DEBTOR_ID))
                .where(ACCOUNT.STATUS.eq("ACTIVE"))
                .orderBy(ACCOUNT.ID)
                .forEach(r -> {
                    Contacts c = contacts.getOrDefault(r.value3(), new Contacts());
                    Set<ZoneId> zones = new LinkedHashSet<>();
                    if (r.value8() != null) {
                        zones.add(ZoneId.of(r.value8()));
                    }
                    zones.addAll(c.phoneZones);
                    accounts.add(new HistoryAccount(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                            r.value6(), r.value7(), List.copyOf(zones), c.phone, c.email, firstPaid.get(r.value1()),
                            firstAmount.get(r.value1())));
                });
        return accounts;
    }

    private static final class Contacts {
        private String phone;
        private String email;
        private final Set<ZoneId> phoneZones = new LinkedHashSet<>();

        void add(String kind, String value, String zone) {
            if (kind.equals("PHONE")) {
                phone = phone == null ? value : phone;
                if (zone != null) {
                    phoneZones.add(ZoneId.of(zone));
                }
            } else if (email == null) {
                email = value;
            }
        }
    }
}
