package app.settle.portal.demo;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.TEAM;

import app.settle.api.AuditEntry;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.imports.ImportProgress;
import app.settle.portal.imports.ImportResult;
import app.settle.portal.imports.PaymentFileImporter;
import app.settle.portal.imports.PlacementImporter;
import app.settle.portal.imports.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo portal with a working team's portfolio on first start, after the demo users exist
 * ({@code settle.demo-data=true}; size from {@code settle.demo-portfolio.accounts}, default 3,000, 0 for none).
 * The accounts and payments go through the real importers as files, exactly as an administrator's would;
 * then {@link DemoHistory} gives them a past. Does nothing once any account exists. A failure is logged and
 * leaves the portal running (with whatever was imported).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "settle.demo-data", havingValue = "true")
class DemoPortfolio implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);
    static final long SEED = 2026;
    static final String ACTOR = "system";

    private final DSLContext dsl;
    private final PlacementImporter placements;
    private final PaymentFileImporter payments;
    private final DemoHistory history;
    private final AuditTrail audit;
    private final Clock clock;
    private final int accounts;

    DemoPortfolio(DSLContext dsl, PlacementImporter placements, PaymentFileImporter payments, DemoHistory history,
                  AuditTrail audit, Clock clock, @Value("${settle.demo-portfolio.accounts:3000}") int accounts) {
        this.dsl = dsl;
        this.placements = placements;
        this.payments = payments;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts <= 0 || dsl.fetchExists(ACCOUNT)) {
            return;
        }
        if (dsl.fetchCount(TEAM, TEAM.NAME.in(DemoPortfolioGenerator.DEMO_TEAMS)) < 2) {
            log.warn("No demo portfolio: the demo teams {} do not exist", DemoPortfolioGenerator.DEMO_TEAMS);
            return;
        }
        try {
            create();
        } catch (Exception e) {
            log.error("The demo portfolio could not be created; the portal runs without it", e);
        }
    }

    /** Generates, imports and gives a history to the portfolio; returns what the history added. */
    DemoHistory.Summary create() throws IOException {
        long started = System.nanoTime();
        log.info("Creating the demo portfolio: {} accounts", String.format("%,d", accounts));
        Path folder = Files.createTempDirectory("settle-demo-");
        try {
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            var files = new DemoPortfolioGenerator(SEED, DemoPortfolioGenerator.DEMO_TEAMS, today)
                    .write(folder, accounts);
            ImportResult placed = importPlacements(files.placementFile());
            log.info("Demo portfolio: {} accounts imported ({})", String.format("%,d", placed.created()),
                    seconds(started));
            ImportResult paid = importPayments(files.paymentFile());
            log.info("Demo portfolio: {} payments posted, {} rejected ({})", String.format("%,d", paid.created()),
                    paid.rejected(), seconds(started));
            DemoHistory.Summary summary = history.write(SEED);
            log.info("Demo portfolio: history of {} contacts, {} timeline entries, {} holds, {} flagged debtors,"
                            + " {} accounts assigned to the demo collector ({})", summary.contacts(),
                    summary.timelineEntries(), summary.holds(), summary.flaggedDebtors(),
                    summary.assignedToCollector(), seconds(started));
            audit.record(ACTOR, "host", new AuditEntry("DEMO_PORTFOLIO_CREATED", "account", "demo", null,
                    "{\"accounts\":" + placed.created() + ",\"payments\":" + paid.created() + ",\"contacts\":"
                            + summary.contacts() + ",\"holds\":" + summary.holds() + "}"));
            return summary;
        } finally {
            deleteQuietly(folder);
        }
    }

    private ImportResult importPlacements(Path file) {
        ValidationReport report = placements.validate(file, "demo-placement.csv", ImportProgress.NONE);
        warnAbout(report);
        return placements.importValidated(file, "demo-placement.csv", report, ACTOR, ImportProgress.NONE);
    }

    private ImportResult importPayments(Path file) {
        ValidationReport report = payments.validate(file, "demo-payments.csv", ImportProgress.NONE);
        warnAbout(report);
        return payments.importValidated(file, "demo-payments.csv", report, ACTOR, ImportProgress.NONE);
    }

    private static void warnAbout(ValidationReport report) {
        if (report.fileError() != null) {
            throw new IllegalStateException("The demo file " + report.fileName() + " was refused: "
                    + report.fileError());
        }
        if (!report.warnings().isEmpty()) {
            log.warn("Demo file {}: {}", report.fileName(), report.warnings());
        }
        if (report.invalidRows() > 0) {
            log.warn("Demo file {}: {} rows refused, the first: {}", report.fileName(), report.invalidRows(),
                    report.errors().isEmpty() ? "?" : report.errors().getFirst());
        }
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", folder, e);
        }
    }
}
