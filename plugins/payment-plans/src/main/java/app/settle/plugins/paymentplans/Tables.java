package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The plugin's tables (see {@code db/payment-plans/changelog.xml}) as typed jOOQ references. */
final class Tables {

    private Tables() {
    }

    static final class A {
        static final Table<Record> TABLE = DSL.table(DSL.name("payment_plans_arrangement"));
        static final Field<Long> ID = f("id", SQLDataType.BIGINT);
        static final Field<Long> ACCOUNT_ID = f("account_id", SQLDataType.BIGINT);
        static final Field<String> KIND = f("kind", SQLDataType.VARCHAR);
        static final Field<String> STATUS = f("status", SQLDataType.VARCHAR);
        static final Field<BigDecimal> TOTAL = f("total_amount", SQLDataType.DECIMAL(19, 4));
        static final Field<String> CURRENCY = f("currency", SQLDataType.CHAR);
        static final Field<BigDecimal> BALANCE_AT_OFFER = f("balance_at_offer", SQLDataType.DECIMAL(19, 4));
        static final Field<String> FREQUENCY = f("frequency", SQLDataType.VARCHAR);
        static final Field<String> METHOD = f("method", SQLDataType.VARCHAR);
        static final Field<String> WAIVER = f("waiver", SQLDataType.VARCHAR);
        static final Field<String> APPROVAL_REASONS = f("approval_reasons", SQLDataType.VARCHAR);
        static final Field<String> DECIDED_BY = f("decided_by", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> DECIDED_AT = f("decided_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> DECISION_NOTE = f("decision_note", SQLDataType.VARCHAR);
        static final Field<String> END_REASON = f("end_reason", SQLDataType.VARCHAR);
        static final Field<String> CREATED_BY = f("created_by", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> CREATED_AT = f("created_at", SQLDataType.LOCALDATETIME(6));
        static final Field<Integer> VERSION = f("version", SQLDataType.INTEGER);

        private static <T> Field<T> f(String name, DataType<T> type) {
            return DSL.field(DSL.name("payment_plans_arrangement", name), type);
        }
    }

    static final class I {
        static final Table<Record> TABLE = DSL.table(DSL.name("payment_plans_instalment"));
        static final Field<Long> ID = f("id", SQLDataType.BIGINT);
        static final Field<Long> ARRANGEMENT_ID = f("arrangement_id", SQLDataType.BIGINT);
        static final Field<Integer> SEQ = f("seq", SQLDataType.INTEGER);
        static final Field<LocalDate> DUE_ON = f("due_on", SQLDataType.LOCALDATE);
        static final Field<BigDecimal> AMOUNT = f("amount", SQLDataType.DECIMAL(19, 4));
        static final Field<BigDecimal> PAID = f("paid_amount", SQLDataType.DECIMAL(19, 4));
        static final Field<String> STATE = f("state", SQLDataType.VARCHAR);

        private static <T> Field<T> f(String name, DataType<T> type) {
            return DSL.field(DSL.name("payment_plans_instalment", name), type);
        }
    }

    static final class Alloc {
        static final Table<Record> TABLE = DSL.table(DSL.name("payment_plans_allocation"));
        static final Field<String> PAYMENT_REF = f("payment_ref", SQLDataType.VARCHAR);
        static final Field<Long> INSTALMENT_ID = f("instalment_id", SQLDataType.BIGINT);
        static final Field<BigDecimal> AMOUNT = f("amount", SQLDataType.DECIMAL(19, 4));
        static final Field<LocalDateTime> CREATED_AT = f("created_at", SQLDataType.LOCALDATETIME(6));

        private static <T> Field<T> f(String name, DataType<T> type) {
            return DSL.field(DSL.name("payment_plans_allocation", name), type);
        }
    }

    static final class Seen {
        static final Table<Record> TABLE = DSL.table(DSL.name("payment_plans_payment_seen"));
        static final Field<String> PAYMENT_REF = DSL.field(DSL.name("payment_ref"), SQLDataType.VARCHAR);
        static final Field<Long> ACCOUNT_ID = DSL.field(DSL.name("account_id"), SQLDataType.BIGINT);
        static final Field<LocalDateTime> HANDLED_AT = DSL.field(DSL.name("handled_at"), SQLDataType.LOCALDATETIME(6));
    }
}
