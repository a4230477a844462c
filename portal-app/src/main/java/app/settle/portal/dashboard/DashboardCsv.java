package app.settle.portal.dashboard;

import app.settle.portal.csv.CsvWriter;
import app.settle.portal.dashboard.DashboardFigures.Activity;
import app.settle.portal.dashboard.DashboardFigures.AgingRow;
import app.settle.portal.dashboard.DashboardFigures.CollectorRow;
import app.settle.portal.dashboard.DashboardFigures.HoldRow;
import app.settle.portal.dashboard.DashboardFigures.MonthCollected;
import app.settle.portal.dashboard.DashboardFigures.RollRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The dashboard as a CSV file: one row per figure (section, item, measure, value), plain numbers without
 * currency signs or grouping so spreadsheets read them, and cells neutralised against formula injection.
 */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String fileName(DashboardFigures f) {
        return "settle-dashboard-" + f.period().from() + "-to-" + f.period().to() + ".csv";
    }

    static void write(DashboardFigures f, String scope, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.forSpreadsheets(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.writeRow("section", "item", "measure", "value");
        csv.writeRow("scope", "teams", "name", scope);
        csv.writeRow("scope", "period", "from", f.period().from().toString());
        csv.writeRow("scope", "period", "to", f.period().to().toString());
        csv.writeRow("scope", "figures", "as of (UTC)", f.asOf() == null ? "" : f.asOf().toString());
        Activity a = f.activity();
        row(csv, Kpi.ACTIVE_ACCOUNTS, "accounts", Long.toString(f.activeAccounts()));
        row(csv, Kpi.ACTIVE_ACCOUNTS, "balance", Numbers.plain(f.activeBalance()));
        row(csv, Kpi.COLLECTED, "amount", Numbers.plain(a.collected()));
        row(csv, Kpi.COLLECTED, "payments", Long.toString(a.payments()));
        row(csv, Kpi.RECOVERY_RATE, "rate", Numbers.plainRatio(f.recovery().rate()));
        row(csv, Kpi.RECOVERY_RATE, "placed accounts", Long.toString(f.recovery().accounts()));
        row(csv, Kpi.RECOVERY_RATE, "placed balance", Numbers.plain(f.recovery().placed()));
        row(csv, Kpi.RECOVERY_RATE, "paid on them", Numbers.plain(f.recovery().paid()));
        row(csv, Kpi.RIGHT_PARTY_RATE, "rate", Numbers.plainRatio(a.rightPartyRate()));
        row(csv, Kpi.RIGHT_PARTY_RATE, "attempts", Long.toString(a.attempts()));
        row(csv, Kpi.RIGHT_PARTY_RATE, "right-party contacts", Long.toString(a.rightParty()));
        row(csv, Kpi.PROMISE_RATE, "rate", Numbers.plainRatio(a.promiseRate()));
        row(csv, Kpi.PROMISE_RATE, "promises", Long.toString(a.promises()));
        row(csv, Kpi.PROMISE_KEPT_RATE, "rate", Numbers.plainRatio(a.promiseKeptRate()));
        row(csv, Kpi.PROMISE_KEPT_RATE, "kept", Long.toString(a.kept()));
        row(csv, Kpi.PROMISE_KEPT_RATE, "broken", Long.toString(a.broken()));
        for (AgingRow r : f.aging()) {
            csv.writeRow(Kpi.AGING.title(), r.bucket().label(), "accounts", Long.toString(r.accounts()));
            csv.writeRow(Kpi.AGING.title(), r.bucket().label(), "balance", Numbers.plain(r.balance()));
        }
        for (RollRow r : f.rollRates()) {
            String item = r.month() + " " + r.bucket().label();
            csv.writeRow(Kpi.ROLL_RATES.title(), item, "accounts at start", Long.toString(r.atStart()));
            csv.writeRow(Kpi.ROLL_RATES.title(), item, "rolled", r.rolled() == null ? "" : Long.toString(r.rolled()));
            csv.writeRow(Kpi.ROLL_RATES.title(), item, "resolved", Long.toString(r.resolved()));
        }
        for (MonthCollected m : f.collectedByMonth()) {
            csv.writeRow(Kpi.COLLECTED.title() + " by month", m.month().toString(), "amount", Numbers.plain(m.collected()));
        }
        for (CollectorRow c : f.collectors()) {
            csv.writeRow(Kpi.PRODUCTIVITY.title(), c.username(), "attempts", Long.toString(c.attempts()));
            csv.writeRow(Kpi.PRODUCTIVITY.title(), c.username(), "right-party contacts", Long.toString(c.rightParty()));
            csv.writeRow(Kpi.PRODUCTIVITY.title(), c.username(), "promises", Long.toString(c.promises()));
            csv.writeRow(Kpi.PRODUCTIVITY.title(), c.username(), "collected", Numbers.plain(c.collected()));
        }
        for (HoldRow h : f.holds()) {
            csv.writeRow(Kpi.HOLDS.title(), h.label(), "accounts", Long.toString(h.accounts()));
        }
        csv.flush();
    }

    private static void row(CsvWriter csv, Kpi kpi, String measure, String value) throws IOException {
        csv.writeRow(kpi.title(), "", measure, value);
    }
}
