package app.settle.plugins.disputes;

import app.settle.api.HostContext;
import app.settle.api.UserRef;
import app.settle.api.core.AdjustmentKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Everything about one dispute: its facts and hold, notes, evidence files (upload and download) and, for dispute
 * handlers, assignment and resolution; for a supervisor of the account's team, the approval of an upheld resolution
 * waiting for it. Rebuilt from the database after each action, so what it shows is what is stored.
 */
final class DisputeDetailsDialog extends Dialog {

    private final HostContext host;
    private final DisputeService disputes;
    private final DisputeResolutions resolutions;
    private final EvidenceFiles evidence;
    private final VerificationLetters letters;
    private final DisputeStore store;
    private final long disputeId;
    private final Runnable onChanged;
    private final Div body = new Div();

    DisputeDetailsDialog(HostContext host, long disputeId, Runnable onChanged) {
        this.host = host;
        this.disputes = new DisputeService(host);
        this.resolutions = new DisputeResolutions(host);
        this.evidence = new EvidenceFiles(host);
        this.letters = new VerificationLetters(host);
        this.store = new DisputeStore(host);
        this.disputeId = disputeId;
        this.onChanged = onChanged;
        setWidth("min(52rem, 96vw)");
        body.setId("dispute-details");
        add(body);
        getFooter().add(new Button("Close", click -> close()));
        render();
    }

    private void changed() {
        render();
        onChanged.run();
    }

    private void render() {
        body.removeAll();
        Dispute dispute = store.require(host.data().dsl(), disputeId);
        DisputeSettings settings = disputes.settings();
        LocalDate today = store.today();
        setHeaderTitle("Dispute #" + dispute.id() + " · " + dispute.accountRef() + " · " + dispute.debtorName());
        HorizontalLayout badges = new HorizontalLayout(Ui.statusBadge(dispute.status()));
        if (!dispute.status().resolved()) {
            badges.add(Ui.slaBadge(dispute, today, settings.dueSoonDays()));
            if (dispute.holdId() != null) {
                badges.add(Ui.badge("Collection on hold", "error"));
            }
        }
        badges.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        body.add(badges, facts(dispute, today));
        actions(dispute, settings, today).ifPresent(body::add);
        body.add(section("Notes"), notes(dispute));
        body.add(section("Evidence"), evidenceList(dispute));
    }

    private Component facts(Dispute dispute, LocalDate today) {
        Div facts = new Div();
        facts.add(Ui.fact("Reason", dispute.reason().label()));
        facts.add(Ui.fact("Disputed", (dispute.wholeDebt() ? "Whole debt, " : "Part of the debt, ")
                + dispute.disputedAmount().format()));
        facts.add(Ui.fact("Received", dispute.receivedVia().label() + ", " + DisputeFormat.date(dispute.receivedOn())
                + " (" + DisputeFormat.days(dispute.ageDays(today)) + " ago)"));
        facts.add(Ui.fact("Validation window", dispute.windowEndsOn() == null
                ? "No validation notice recorded: treated as inside the window"
                : (dispute.withinWindow() ? "Inside" : "Outside") + " (window ends "
                        + DisputeFormat.date(dispute.windowEndsOn()) + ")"));
        facts.add(Ui.fact("Response due", DisputeFormat.date(dispute.dueOn())));
        facts.add(Ui.fact("Assigned to", dispute.assignedTo() == null ? "Nobody yet" : dispute.assignedTo()));
        facts.add(Ui.fact("Opened by", dispute.openedBy() + ", " + DisputeFormat.dateTime(dispute.openedAt())));
        if (dispute.statement() != null) {
            facts.add(Ui.fact("Debtor's statement", dispute.statement()));
        }
        if (dispute.status() == DisputeStatus.PENDING_APPROVAL || dispute.status() == DisputeStatus.UPHELD) {
            facts.add(Ui.fact("Resolution", AdjustmentKind.valueOf(dispute.outcome()).label() + " of "
                    + dispute.adjustmentAmount().format() + ", requested by " + dispute.requestedBy()
                    + (dispute.approvedBy() == null ? "" : ", approved by " + dispute.approvedBy())));
        }
        if (dispute.status() == DisputeStatus.REJECTED) {
            facts.add(Ui.fact("Verification", "Sent by " + dispute.verificationMethod().label().toLowerCase() + " on "
                    + DisputeFormat.date(dispute.verificationSentOn())));
        }
        if (dispute.resolutionReason() != null) {
            facts.add(Ui.fact("Reason given", dispute.resolutionReason()));
        }
        if (dispute.resolvedAt() != null) {
            facts.add(Ui.fact("Resolved", "by " + dispute.resolvedBy() + ", "
                    + DisputeFormat.dateTime(dispute.resolvedAt())));
        }
        return facts;
    }

    private Optional<Component> actions(Dispute dispute, DisputeSettings settings, LocalDate today) {
        UserRef user = host.currentUser().require();
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("margin-top", "var(--lumo-space-m)");
        actions.setId("dispute-actions");
        boolean handler = DisputeRoles.HANDLERS.contains(user.role());
        if (handler && !dispute.status().resolved() && dispute.status() != DisputeStatus.PENDING_APPROVAL) {
            boolean mine = user.username().equals(dispute.assignedTo());
            Button assign = new Button(mine ? "Unassign" : "Assign to me", click -> {
                String done = mine ? "Dispute unassigned." : "Dispute assigned to you.";
                if (Notices.attempt(() -> disputes.assignToMe(disputeId, !mine), done) != null) {
                    changed();
                }
            });
            assign.setId("dispute-assign");
            Button resolve = new Button("Resolve…", click -> new ResolveDialog(dispute, resolutions, settings, today,
                    resolved -> changed()).open());
            resolve.addThemeVariants(ButtonVariant.PRIMARY);
            resolve.setId("dispute-resolve");
            actions.add(assign, resolve);
        }
        if (dispute.status() == DisputeStatus.PENDING_APPROVAL) {
            if (ApprovalRule.refusal(user, dispute.requestedBy(), dispute.teamId()) == null) {
                Button approve = new Button("Approve " + dispute.adjustmentAmount().format(), click -> {
                    String done = "Resolution approved: balance adjusted.";
                    if (Notices.attempt(() -> resolutions.approve(disputeId), done) != null) {
                        changed();
                    }
                });
                approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
                approve.setId("dispute-approve");
                Button refuse = new Button("Refuse…", click -> refuseDialog().open());
                refuse.addThemeVariants(ButtonVariant.ERROR);
                refuse.setId("dispute-refuse");
                actions.add(approve, refuse);
            } else {
                actions.add(Ui.muted("Waiting for a supervisor of the account's team other than "
                        + dispute.requestedBy() + " to approve."));
            }
        }
        if (dispute.status() == DisputeStatus.REJECTED) {
            Anchor letter = new Anchor(DownloadHandler.fromInputStream(event -> {
                try {
                    byte[] html = letters.letter(disputeId).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(html),
                            "verification-letter-dispute-" + disputeId + ".html", "text/html; charset=UTF-8", html.length);
                } catch (RuntimeException e) {
                    return refused(e);
                }
            }), "Verification letter");
            letter.setId("dispute-letter");
            actions.add(letter);
        }
        return actions.getComponentCount() == 0 ? Optional.empty() : Optional.of(actions);
    }

    private Dialog refuseDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Refuse the resolution of dispute #" + disputeId);
        TextArea why = new TextArea("Why");
        why.setWidthFull();
        why.setMaxLength(DisputeChecks.REASON_LIMIT);
        why.setId("dispute-refuse-why");
        dialog.add(why);
        Button refuse = new Button("Refuse", click -> {
            if (Notices.attempt(() -> resolutions.refuseApproval(disputeId, why.getValue()),
                    "Resolution refused: the dispute is back with the handlers.") != null) {
                dialog.close();
                changed();
            }
        });
        refuse.addThemeVariants(ButtonVariant.ERROR);
        refuse.setId("dispute-refuse-submit");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), refuse);
        return dialog;
    }

    private Component notes(Dispute dispute) {
        Div box = new Div();
        var notes = disputes.notes(dispute.id());
        if (notes.isEmpty()) {
            box.add(Ui.muted("No notes yet."));
        }
        for (DisputeService.Note note : notes) {
            Div row = new Div(new Div(note.body()), Ui.muted(note.author() + " · " + DisputeFormat.dateTime(note.at())));
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            box.add(row);
        }
        if (DisputeRoles.has(host.currentUser(), DisputeRoles.WORKERS)) {
            TextArea text = new TextArea();
            text.setPlaceholder("Add a note for the dispute's handlers");
            text.setMaxLength(DisputeService.NOTE_LIMIT);
            text.setWidthFull();
            text.setId("dispute-note");
            Button add = new Button("Add note", click -> {
                if (Notices.attempt(() -> disputes.addNote(disputeId, text.getValue()), "Note added.")) {
                    render();
                }
            });
            add.setId("dispute-note-add");
            box.add(text, add);
        }
        return box;
    }

    private Component evidenceList(Dispute dispute) {
        Div box = new Div();
        box.setId("dispute-evidence");
        var files = evidence.list(dispute.id());
        if (files.isEmpty()) {
            box.add(Ui.muted("No evidence files yet."));
        }
        for (EvidenceFiles.Evidence file : files) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                try {
                    EvidenceFiles.Download download = evidence.open(file.id());
                    return new DownloadResponse(new ByteArrayInputStream(download.content()), download.fileName(),
                            download.type().contentType(), download.content().length);
                } catch (RuntimeException e) {
                    return refused(e);
                }
            }), file.displayName());
            link.addClassName("dispute-evidence-link");
            Div row = new Div(link, Ui.muted(" " + file.type().name() + ", " + EvidenceFiles.kilobytes(file.sizeBytes())
                    + " · " + file.uploadedBy() + " · " + DisputeFormat.dateTime(file.uploadedAt())));
            row.getStyle().set("padding", "var(--lumo-space-xs) 0");
            box.add(row);
        }
        if (!dispute.status().resolved() && DisputeRoles.has(host.currentUser(), DisputeRoles.WORKERS)) {
            box.add(upload(dispute));
        }
        return box;
    }

    private Component upload(Dispute dispute) {
        long maxBytes = disputes.settings().evidenceMaxBytes();
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                byte[] content = EvidenceFiles.readLimited(in, maxBytes);
                EvidenceFiles.Evidence stored = evidence.add(dispute.id(), event.getFileName(), content);
                ui.access(() -> {
                    Notices.success("Evidence added: " + stored.displayName() + ".");
                    changed();
                });
            } catch (RuntimeException e) {
                if (!Notices.meantForUsers(e)) {
                    throw e;
                }
                ui.access(() -> Notices.error("Not done: " + e.getMessage()));
            } catch (IOException e) {
                ui.access(() -> Notices.error("Not done: the upload was interrupted. Try again."));
            }
        };
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg",
                "text/plain", ".txt");
        upload.addFileRejectedListener(rejected -> Notices.error("Not done: " + rejected.getFileName() + " is not a "
                + EvidenceType.ACCEPTED + " file of at most " + EvidenceFiles.megabytes(maxBytes) + "."));
        upload.setId("dispute-upload");
        Div hint = new Div(Ui.muted(EvidenceType.ACCEPTED + ", at most " + EvidenceFiles.megabytes(maxBytes) + "."));
        return new Div(upload, hint);
    }

    private static DownloadResponse refused(RuntimeException e) {
        if (!Notices.meantForUsers(e)) {
            throw e;
        }
        return DownloadResponse.error(403, e.getMessage());
    }

    private static H4 section(String title) {
        H4 heading = new H4(title);
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        return heading;
    }
}
