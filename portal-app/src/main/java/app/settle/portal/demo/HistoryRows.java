package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT_HOLD;
import static app.settle.api.db.Tables.CONTACT_ATTEMPT;
import static app.settle.api.db.Tables.TIMELINE_ENTRY;

import app.settle.api.compliance.Channel;
import app.settle.api.core.ContactOutcome;
import app.settle.api.core.HoldReason;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import app.settle.api.db.tables.records.AccountHoldRecord;
import app.settle.api.db.tables.records.ContactAttemptRecord;
import app.settle.api.db.tables.records.TimelineEntryRecord;
import org.jooq.DSLContext;
import org.jooq.InsertSetMoreStep;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Historical rows with the times they happened (the services write "now"), inserted many rows a statement. Each
 * contact also gets its timeline entry, as {@code ContactLogService} would have written it.
 */
final class HistoryRows {

    private static final int BATCH = 2_000;

    private final DSLContext dsl;
    private final List<ContactAttemptRecord> contactRows = new ArrayList<>();
    private final List<TimelineEntryRecord> timelineRows = new ArrayList<>();
    private final List<AccountHoldRecord> holdRows = new ArrayList<>();
    private int contacts;
    private int timelineEntries;
    private int holds;

    HistoryRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    void contact(long accountId, Channel channel, boolean inbound, String address, String shownAddress,
                 ContactOutcome outcome, String notes, String user, Instant at) {
        var row = dsl.newRecord(CONTACT_ATTEMPT);
        row.setAccountId(accountId);
        row.setChannel(channel.name());
        row.setDirection(inbound ? "INBOUND" : "OUTBOUND");
        row.setAddress(address);
        row.setOutcome(outcome.name());
        row.setConversation(channel == Channel.CALL && outcome.conversationWithDebtor());
        row.setNotes(notes);
        row.setUserName(user);
        row.setOccurredAt(utc(at));
        add(CONTACT_ATTEMPT, contactRows, row);
        contacts++;
        String title = (inbound ? "Inbound " : "") + channel.label() + (shownAddress == null ? "" : " " + shownAddress)
                + ": " + outcome.label();
        timeline(accountId, "CONTACT", title, notes, user, at);
    }

    void timeline(long accountId, String kind, String title, String detail, String user, Instant at) {
        var row = dsl.newRecord(TIMELINE_ENTRY);
        row.setAccountId(accountId);
        row.setOccurredAt(utc(at));
        row.setKind(kind);
        row.setTitle(title);
        row.setDetail(detail);
        row.setSource("host");
        row.setUserName(user);
        add(TIMELINE_ENTRY, timelineRows, row);
        timelineEntries++;
    }

    /** A hold placed at {@code placed} and, if {@code released} is not null, released then. */
    void hold(long accountId, HoldReason reason, String note, String user, Instant placed, Instant released) {
        var row = dsl.newRecord(ACCOUNT_HOLD);
        row.setAccountId(accountId);
        row.setReason(reason.name());
        row.setBlocksContact(reason.blocksContact());
        row.setBlocksCollection(reason.blocksCollection());
        row.setNote(note);
        row.setSource("host");
        row.setPlacedBy(user);
        row.setPlacedAt(utc(placed));
        row.setReleasedBy(released == null ? null : user);
        row.setReleasedAt(released == null ? null : utc(released));
        add(ACCOUNT_HOLD, holdRows, row);
        holds++;
        timeline(accountId, "HOLD", reason.label() + " hold placed", note, user, placed);
        if (released != null) {
            timeline(accountId, "HOLD", reason.label() + " hold released", null, user, released);
        }
    }

    /** Inserts what is pending: holds and timeline entries refer to accounts only, so the order is free. */
    void flush() {
        insert(CONTACT_ATTEMPT, contactRows);
        insert(TIMELINE_ENTRY, timelineRows);
        insert(ACCOUNT_HOLD, holdRows);
    }

    int contacts() {
        return contacts;
    }

    int timelineEntries() {
        return timelineEntries;
    }

    int holds() {
        return holds;
    }

    private <R extends TableRecord<R>> void add(Table<R> table, List<R> rows, R row) {
        rows.add(row);
        if (rows.size() >= BATCH) {
            insert(table, rows);
        }
    }

    /** One multi-row INSERT for the pending rows of a table (far fewer round trips than a JDBC batch). */
    private <R extends TableRecord<R>> void insert(Table<R> table, List<R> rows) {
        if (rows.isEmpty()) {
            return;
        }
        InsertSetMoreStep<R> insert = dsl.insertInto(table).set(rows.getFirst());
        for (R row : rows.subList(1, rows.size())) {
            insert = insert.newRecord().set(row);
        }
        insert.execute();
        rows.clear();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
