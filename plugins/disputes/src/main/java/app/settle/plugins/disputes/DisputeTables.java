package app.settle.plugins.disputes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The plugin's tables (see {@code db/disputes/changelog.xml}) as typed jOOQ references. */
final class DisputeTables {

    private DisputeTables() {
    }

    static final class D {
        static final Table<Record> TABLE = DSL.table(DSL.name("disputes_dispute"));
        static final Field<Long> ID = f("id", SQLDataType.BIGINT);
        static final Field<Long> ACCOUNT_ID = f("account_id", SQLDataType.BIGINT);
        static final Field<String> REASON = f("reason", SQLDataType.VARCHAR);
        static final Field<Boolean> WHOLE_DEBT = f("whole_debt", SQLDataType.BOOLEAN);
        static final Field<BigDecimal> DISPUTED_AMOUNT = f("disputed_amount", SQLDataType.DECIMAL(19, 4));
        static final Field<String> CURRENCY = f("currency", SQLDataType.CHAR);
        static final Field<String> RECEIVED_VIA = f("received_via", SQLDataType.VARCHAR);
        static final Field<LocalDate> RECEIVED_ON = f("received_on", SQLDataType.LOCALDATE);
        static final Field<String> STATEMENT = f("statement", SQLDataType.VARCHAR);
        static final Field<LocalDate> WINDOW_ENDS_ON = f("window_ends_on", SQLDataType.LOCALDATE);
        static final Field<Boolean> WITHIN_WINDOW = f("within_window", SQLDataType.BOOLEAN);
        static final Field<LocalDate> DUE_ON = f("due_on", SQLDataType.LOCALDATE);
        static final Field<String> STATUS = f("status", SQLDataType.VARCHAR);
        static final Field<Long> HOLD_ID = f("hold_id", SQLDataType.BIGINT);
        static final Field<String> ASSIGNED_TO = f("assigned_to", SQLDataType.VARCHAR);
        static final Field<String> OPENED_BY = f("opened_by", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> OPENED_AT = f("opened_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> OUTCOME = f("outcome", SQLDataType.VARCHAR);
        static final Field<BigDecimal> ADJUSTMENT_AMOUNT = f("adjustment_amount", SQLDataType.DECIMAL(19, 4));
        static final Field<String> RESOLUTION_REASON = f("resolution_reason", SQLDataType.VARCHAR);
        static final Field<String> REQUESTED_BY = f("requested_by", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> REQUESTED_AT = f("requested_at", SQLDataType.LOCALDATETIME(6));
        static final Field<String> APPROVED_BY = f("approved_by", SQLDataType.VARCHAR);
        static final Field<LocalDate> VERIFICATION_SENT_ON = f("verification_sent_on", SQLDataType.LOCALDATE);
        static final Field<String> VERIFICATION_METHOD = f("verification_method", SQLDataType.VARCHAR);
        static final Field<String> RESOLVED_BY = f("resolved_by", SQLDataType.VARCHAR);
        static final Field<LocalDateTime> RESOLVED_AT = f("resolved_at", SQLDataType.LOCALDATETIME(6));
        static final Field<Integer> VERSION = f("version", SQLDataType.INTEGER);

        /** Every column, for selects (a table known only by name has no field list of its own). */
        static final List<Field<?>> ALL = List.of(ID, ACCOUNT_ID, REASON, WHOLE_DEBT, DISPUTED_AMOUNT, CURRENCY,
                RECEIVED_VIA, RECEIVED_ON, STATEMENT, WINDOW_ENDS_ON, WITHIN_WINDOW, DUE_ON, STATUS, HOLD_ID,
                ASSIGNED_TO, OPENED_BY, OPENED_AT, OUTCOME, ADJUSTMENT_AMOUNT, RESOLUTION_REASON, REQUESTED_BY,
                REQUESTED_AT, APPROVED_BY, VERIFICATION_SENT_ON, VERIFICATION_METHOD, RESOLVED_BY, RESOLVED_AT, VERSION);

        private static <T> Field<T> f(String name, DataType<T> type) {
            return DSL.field(DSL.name("disputes_dispute", name), type);
        }
    }

    static final class N {
        static final Table<Record> TABLE = DSL.table(DSL.name("disputes_note"));
        static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
        static final Field<Long> DISPUTE_ID = DSL.field(DSL.name("dispute_id"), SQLDataType.BIGINT);
        static final Field<String> BODY = DSL.field(DSL.name("body"), SQLDataType.VARCHAR);
        static final Field<String> CREATED_BY = DSL.field(DSL.name("created_by"), SQLDataType.VARCHAR);
        static final Field<LocalDateTime> CREATED_AT = DSL.field(DSL.name("created_at"), SQLDataType.LOCALDATETIME(6));
    }

    static final class E {
        static final Table<Record> TABLE = DSL.table(DSL.name("disputes_evidence"));
        static final Field<Long> ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
        static final Field<Long> DISPUTE_ID = DSL.field(DSL.name("dispute_id"), SQLDataType.BIGINT);
        static final Field<String> FILE_TYPE = DSL.field(DSL.name("file_type"), SQLDataType.VARCHAR);
        static final Field<String> DISPLAY_NAME = DSL.field(DSL.name("display_name"), SQLDataType.VARCHAR);
        static final Field<String> STORED_NAME = DSL.field(DSL.name("stored_name"), SQLDataType.CHAR);
        static final Field<Long> SIZE_BYTES = DSL.field(DSL.name("size_bytes"), SQLDataType.BIGINT);
        static final Field<String> SHA256 = DSL.field(DSL.name("sha256"), SQLDataType.CHAR);
        static final Field<String> UPLOADED_BY = DSL.field(DSL.name("uploaded_by"), SQLDataType.VARCHAR);
        static final Field<LocalDateTime> UPLOADED_AT = DSL.field(DSL.name("uploaded_at"), SQLDataType.LOCALDATETIME(6));
    }
}
