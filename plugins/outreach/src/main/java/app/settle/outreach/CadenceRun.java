package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_MESSAGE;

import app.settle.api.HostContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One run of the cadence job: settle interrupted sends, take opt-out replies, move accounts in and out of cadences,
 * queue the steps that are due, and send what is queued and due, in batches in id order. Safe to run on several nodes
 * at once (the job lock normally prevents it): queueing is keyed and claiming is conditional, so nothing is sent twice.
 */
final class CadenceRun {

    static final int BATCH = 500;

    /** What one run did, for the log and the benchmark. */
    record Summary(int recovered, int optOuts, int entered, int left, int queued, int sent, int deferred, int blocked,
                   int failed, long decideMillis, long sendMillis) {
        @Override
        public String toString() {
            return "entered " + entered + ", left " + left + ", queued " + queued + ", sent " + sent + ", deferred "
                    + deferred + ", blocked " + blocked + ", failed " + failed + ", recovered " + recovered
                    + ", opt-outs " + optOuts + " (decide " + decideMillis + " ms, send " + sendMillis + " ms)";
        }
    }

    private CadenceRun() {
    }

    static Summary run(HostContext host) {
        Sender sender = new Sender(host);
        int recovered = sender.recoverInterrupted();
        int optOuts = Replies.take(host);
        long started = System.nanoTime();
        Instant now = host.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Enrolments.Changes changes = host.data().inTransaction(dsl -> {
            return Enrolments.refresh(dsl, today, now);
        });
        int queued = host.data().inTransaction(dsl -> {
            return DueMessages.queue(dsl, today, now);
        });
        host.data().inTransaction(dsl -> {
            Enrolments.complete(dsl, now);
        });
        long decided = System.nanoTime();
        int sent = 0;
        int deferred = 0;
        int blocked = 0;
        int failed = 0;
        long after = 0;
        while (true) {
            LocalDateTime due = LocalDateTime.ofInstant(host.clock().instant(), ZoneOffset.UTC);
            List<Long> batch = host.data().dsl().select(OUTREACH_MESSAGE.ID).from(OUTREACH_MESSAGE)
                    .where(OUTREACH_MESSAGE.STATUS.eq("QUEUED"), OUTREACH_MESSAGE.NOT_BEFORE.le(due),
                            OUTREACH_MESSAGE.ID.gt(after))
                    .orderBy(OUTREACH_MESSAGE.ID).limit(BATCH)
                    .fetch(OUTREACH_MESSAGE.ID);
            if (batch.isEmpty()) {
                break;
            }
            for (long id : batch) {
                Sender.Outcome outcome = sender.deliver(id);
                switch (outcome.status()) {
                    case "SENT" -> sent++;
                    case "DEFERRED" -> deferred++;
                    case "BLOCKED" -> blocked++;
                    case "FAILED" -> failed++;
                    default -> { }
                }
            }
            after = batch.getLast();
        }
        return new Summary(recovered, optOuts, changes.entered(), changes.left(), queued, sent, deferred, blocked,
                failed, (decided - started) / 1_000_000, (System.nanoTime() - decided) / 1_000_000);
    }
}
