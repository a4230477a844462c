package app.settle.portal.imports;

import app.settle.portal.payments.ReconciliationReport;
import app.settle.portal.security.CurrentUserService;
import app.settle.portal.shell.DisplayTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Imports placement and payment files: choose the kind, upload (to a temporary file, never into memory), see
 * the validation (counts, every bad row, the error report as CSV), then import or cancel. Validation and import
 * run in the background; the progress bar follows them through server push. Below, the recent import batches.
 */
@Route("admin/imports")
@PageTitle("Imports")
@Menu(title = "Imports", order = 85, icon = "vaadin:upload")
@RolesAllowed("ADMIN")
public class ImportView extends VerticalLayout {

    static final int MAX_FILE_BYTES = 512 * 1024 * 1024;
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "settle-import");
        thread.setDaemon(true);
        return thread;
    });

    private final PlacementImporter placements;
    private final PaymentFileImporter payments;
    private final ImportBatches batches;
    private final CurrentUserService currentUser;
    private final DisplayTime display;

    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>("File");
    private final BigDecimalField controlTotal = new BigDecimalField("Control total (optional)");
    private final Upload upload;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Span summary = new Span();
    private final VerticalLayout warnings = new VerticalLayout();
    private final Grid<RowError> errors = new Grid<>(RowError.class, false);
    private final Anchor errorReport = new Anchor();
    private final Button importButton = new Button();
    private final Button cancel = new Button("Cancel");
    private final Paragraph result = new Paragraph();
    private final Anchor reconciliationLink = new Anchor();
    private final Grid<ImportBatchSummary> recent = new Grid<>(ImportBatchSummary.class, false);

    /** Where background work runs; tests run it on the calling thread. */
    Executor background = WORKERS;

    private UI ui;
    private Path file;
    private String fileName;
    private ImportKind fileKind;
    private ValidationReport report;

    public ImportView(PlacementImporter placements, PaymentFileImporter payments, ImportBatches batches,
                      CurrentUserService currentUser, DisplayTime display) {
        this.placements = placements;
        this.payments = payments;
        this.batches = batches;
        this.currentUser = currentUser;
        this.display = display;
        setWidthFull();

        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(ImportKind::label);
        kind.setValue(ImportKind.PLACEMENT);
        kind.addValueChangeListener(change -> controlTotal.setVisible(change.getValue() == ImportKind.PAYMENT));
        controlTotal.setVisible(false);
        controlTotal.setHelperText("Wins over the file's TRAILER row");

        upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> {
            UI target = ui;
            if (target != null) {
                target.access(() -> validate(uploaded.toPath(), metadata.fileName()));
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span("Drop a CSV file here (at most 512 MB)"));
        upload.addFileRejectedListener(rejected -> fail(rejected.getErrorMessage()));

        progress.setVisible(false);
        progressText.addClassName("settle-muted");

        errors.addColumn(e -> e.line() == 0 ? "—" : String.format("%,d", e.line())).setHeader("Line")
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.column().isEmpty() ? "(row)" : e.column()).setHeader("Column").setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(RowError::reason).setHeader("Reason").setFlexGrow(1);
        errors.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        errors.setAllRowsVisible(false);
        errors.setHeight("20rem");
        errors.setId("import-errors");

        errorReport.setText("Download error report (CSV)");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(click -> runImport());
        cancel.addClickListener(click -> {
            discardFile();
            showIdle();
            Notification.show("Import cancelled; nothing was imported");
        });
        reconciliationLink.setText("Open the payment file's reconciliation");

        recent.addColumn(b -> display.dateTime(b.createdAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        recent.addColumn(b -> b.kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        recent.addColumn(ImportBatchSummary::fileName).setHeader("File").setFlexGrow(1);
        recent.addColumn(b -> statusText(b)).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        recent.addColumn(b -> String.format("%,d", b.totalRows())).setHeader("Rows").setAutoWidth(true)
                .setFlexGrow(0);
        recent.addColumn(ImportView::countsText).setHeader("Result").setFlexGrow(1);
        recent.addColumn(ImportBatchSummary::createdBy).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        recent.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        recent.setAllRowsVisible(true);
        recent.setId("import-batches");
        recent.setEmptyStateText("No files imported yet.");
        Button refresh = new Button("Refresh", click -> refreshRecent());
        refresh.addThemeVariants(ButtonVariant.TERTIARY);

        HorizontalLayout choose = new HorizontalLayout(kind, controlTotal);
        choose.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(choose, upload, progress, progressText, summary, warnings, errors,
                new HorizontalLayout(importButton, cancel, errorReport), result, reconciliationLink,
                new HorizontalLayout(new H3("Recent imports"), refresh), recent);
        showIdle();
        refreshRecent();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        ui = null;
    }

    /** Validates an uploaded file in the background (the upload callback calls this; tests call it directly). */
    void validate(Path uploaded, String name) {
        discardFile();
        file = uploaded;
        fileName = name == null || name.isBlank() ? "import.csv" : name;
        fileKind = kind.getValue();
        showWorking("Checking " + fileName + "…");
        Path checking = file;
        String checkingName = fileName;
        ImportKind checkingKind = fileKind;
        inBackground(() -> checkingKind == ImportKind.PLACEMENT
                        ? placements.validate(checking, checkingName, progressOnUi())
                        : payments.validate(checking, checkingName, progressOnUi()),
                this::showValidation);
    }

    private void showValidation(ValidationReport validated) {
        report = validated;
        progress.setVisible(false);
        progressText.setText("");
        setWorking(false);
        if (validated.fileError() != null) {
            summary.setText(fileName + " cannot be imported: " + validated.fileError());
            summary.getElement().setAttribute("role", "alert");
            discardFile();
            cancel.setVisible(false);
            return;
        }
        summary.setText(String.format("%s: %,d rows, %,d valid, %,d with problems, %,d already imported.%s",
                fileName, validated.totalRows(), validated.validRows(), validated.invalidRows(),
                validated.alreadyImported(), amounts(validated)));
        warnings.removeAll();
        validated.warnings().forEach(warning -> warnings.add(new Span(warning)));
        warnings.setVisible(!validated.warnings().isEmpty());
        errors.setItems(validated.errors());
        errors.setVisible(!validated.errors().isEmpty());
        if (!validated.errors().isEmpty()) {
            ValidationReport forDownload = validated;
            errorReport.setHref(event -> {
                event.setFileName(ErrorReport.fileName(forDownload.fileName()));
                event.setContentType("text/csv; charset=UTF-8");
                ErrorReport.write(forDownload, event.getOutputStream());
            });
            errorReport.setVisible(true);
        }
        importButton.setText(String.format("Import %,d new rows", validated.newRows()));
        importButton.setVisible(true);
        importButton.setEnabled(validated.canImport());
        cancel.setVisible(true);
        if (!validated.canImport()) {
            summary.setText(summary.getText() + " Nothing new to import.");
        }
    }

    private void runImport() {
        if (report == null || file == null) {
            return;
        }
        String actor = currentUser.require().username();
        Path importing = file;
        String importingName = fileName;
        ValidationReport validated = report;
        BigDecimal control = controlTotal.getValue();
        ImportKind importingKind = fileKind;
        showWorking(String.format("Importing %,d rows of %s…", validated.newRows(), importingName));
        importButton.setVisible(false);
        cancel.setVisible(false);
        errorReport.setVisible(false);
        inBackground(() -> importingKind == ImportKind.PLACEMENT
                        ? placements.importValidated(importing, importingName, validated, actor, progressOnUi())
                        : payments.importValidated(importing, importingName, validated, control, actor,
                                progressOnUi()),
                this::showResult);
    }

    private void showResult(ImportResult done) {
        discardFile();
        showIdle();
        String text = done.kind() == ImportKind.PLACEMENT
                ? String.format("Imported: %,d accounts created, %,d already imported, %,d rows rejected.",
                        done.created(), done.alreadyImported(), done.rejected())
                : String.format("Imported: %,d payments posted, %,d in suspense, %,d already received, %,d rejected.",
                        done.created(), done.suspense(), done.alreadyImported(), done.rejected());
        if (done.resumed()) {
            text += " (This completed an earlier import of the same file that had stopped.)";
        }
        if (done.kind() == ImportKind.PAYMENT) {
            ReconciliationReport reconciliation = payments.reconciliation(done.batchId());
            text += String.format(" Reconciliation: matched %s, suspense %s, rejected %s; file total %s%s.",
                    reconciliation.matchedTotal().toPlainString(), reconciliation.suspenseTotal().toPlainString(),
                    reconciliation.rejectedTotal().toPlainString(), reconciliation.fileTotal().toPlainString(),
                    reconciliation.controlTotal() == null ? ""
                            : reconciliation.totalsAgree() ? ", agrees with the control total"
                            : ", control total " + reconciliation.controlTotal().toPlainString() + " DIFFERS");
            reconciliationLink.setHref("payments/batches/" + done.batchId());
            reconciliationLink.setVisible(true);
        }
        result.setText(text);
        Notification.show(text, 8000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        refreshRecent();
    }

    /** Runs work off the UI thread and hands its result (or its failure, as a message) back to the UI. */
    private <T> void inBackground(Supplier<T> work, Consumer<T> onUi) {
        UI target = ui;
        background.execute(() -> {
            try {
                T value = work.get();
                if (target != null) {
                    target.access(() -> onUi.accept(value));
                }
            } catch (RuntimeException e) {
                String message = e instanceof ImportFailedException ? e.getMessage()
                        : "Something went wrong: " + ImportFailedException.reasonOf(e);
                if (target != null) {
                    target.access(() -> fail(message));
                }
            }
        });
    }

    private ImportProgress progressOnUi() {
        UI target = ui;
        return (rows, bytes, total) -> {
            if (target != null) {
                target.access(() -> {
                    progress.setIndeterminate(false);
                    progress.setValue(total == 0 ? 1 : Math.min(1.0, (double) bytes / total));
                    progressText.setText(String.format("%,d rows so far", rows));
                });
            }
        };
    }

    private void fail(String message) {
        discardFile();
        showIdle();
        result.setText(message);
        Notification.show(message, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
        refreshRecent();
    }

    private void showWorking(String text) {
        setWorking(true);
        result.setText("");
        summary.setText("");
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(text);
        errors.setVisible(false);
        warnings.setVisible(false);
        errorReport.setVisible(false);
        reconciliationLink.setVisible(false);
    }

    private void showIdle() {
        setWorking(false);
        report = null;
        progress.setVisible(false);
        progressText.setText("");
        summary.setText("");
        warnings.setVisible(false);
        errors.setVisible(false);
        errorReport.setVisible(false);
        importButton.setVisible(false);
        cancel.setVisible(false);
        reconciliationLink.setVisible(false);
        upload.clearFileList();
    }

    private void setWorking(boolean working) {
        kind.setEnabled(!working);
        controlTotal.setEnabled(!working);
        upload.getElement().setEnabled(!working);
    }

    private void refreshRecent() {
        recent.setItems(batches.recent(20));
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file: the system cleans it up
            }
            file = null;
        }
    }

    private static String amounts(ValidationReport report) {
        if (report.kind() != ImportKind.PAYMENT || report.amountTotal() == null) {
            return "";
        }
        return " Valid rows total " + report.amountTotal().toPlainString()
                + (report.controlTotal() == null ? "" : "; trailer control total "
                + report.controlTotal().toPlainString()) + ".";
    }

    private static String statusText(ImportBatchSummary batch) {
        return switch (batch.status()) {
            case "COMPLETED" -> "Completed";
            case "IMPORTING" -> String.format("Importing (%,d rows done)", batch.processedRows());
            default -> "Stopped — import the same file again to continue";
        };
    }

    private static String countsText(ImportBatchSummary batch) {
        String created = batch.kind() == ImportKind.PLACEMENT
                ? String.format("%,d created", batch.created())
                : String.format("%,d posted, %,d suspense", batch.created(), batch.suspense());
        return created + String.format(", %,d already imported, %,d rejected", batch.skipped(), batch.rejected())
                + (batch.failureReason() == null ? "" : " — " + batch.failureReason());
    }
}
