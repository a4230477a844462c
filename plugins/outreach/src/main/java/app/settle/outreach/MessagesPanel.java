package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_CADENCE;
import static app.settle.outreach.db.Tables.OUTREACH_ENROLMENT;
import static app.settle.outreach.db.Tables.OUTREACH_MESSAGE;
import static app.settle.outreach.db.Tables.OUTREACH_TEMPLATE;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.compliance.Channel;
import app.settle.api.core.WorkspacePanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The outreach panel of the account workspace: the cadences the account is in, its recent messages with their
 * status, and "Send a message…" (Alt+M) to send a template by hand after a preview that says whether it may go now.
 */
@Extension
public class MessagesPanel implements WorkspacePanel {

    /** One message as the panel lists it. */
    record Row(String when, String channel, String template, String to, String status, String detail) {
    }

    @Override
    public String title() {
        return "Messages";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Access.SENDERS;
    }

    @Override
    public Component create(HostContext host, long accountId) {
        host.accounts().requireVisible(accountId);
        Div panel = new Div();
        panel.setId("outreach-panel");
        fill(panel, host, accountId);
        return panel;
    }

    /** (Re)builds the panel's content: after a message is sent by hand it shows at once. */
    private static void fill(Div panel, HostContext host, long accountId) {
        panel.removeAll();
        var dsl = host.data().dsl();
        List<String> cadences = dsl.select(OUTREACH_CADENCE.NAME).from(OUTREACH_ENROLMENT)
                .join(OUTREACH_CADENCE).on(OUTREACH_CADENCE.ID.eq(OUTREACH_ENROLMENT.CADENCE_ID))
                .where(OUTREACH_ENROLMENT.ACCOUNT_ID.eq(accountId), OUTREACH_ENROLMENT.ACTIVE_KEY.isNotNull())
                .orderBy(OUTREACH_CADENCE.NAME).fetch(OUTREACH_CADENCE.NAME);
        Paragraph in = new Paragraph(cadences.isEmpty() ? "In no cadence." : "In cadence: " + String.join(", ",
                cadences) + ".");
        in.setId("outreach-panel-cadences");
        Button send = new Button("Send a message…", e -> openSendDialog(host, accountId,
                () -> fill(panel, host, accountId)));
        send.addThemeVariants(ButtonVariant.SMALL);
        send.addClickShortcut(Key.KEY_M, KeyModifier.ALT);
        send.getElement().setAttribute("title", "Send a template to this debtor now (Alt+M)");
        send.setId("outreach-send");
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::when).setHeader("When").setAutoWidth(true);
        grid.addColumn(Row::channel).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(Row::template).setHeader("Template");
        grid.addColumn(Row::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(Row::detail).setHeader("Detail").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("outreach-messages");
        grid.setItems(dsl.select(OUTREACH_MESSAGE.CREATED_AT, OUTREACH_MESSAGE.SENT_AT, OUTREACH_MESSAGE.CHANNEL,
                        OUTREACH_TEMPLATE.NAME, OUTREACH_MESSAGE.ADDRESS, OUTREACH_MESSAGE.STATUS,
                        OUTREACH_MESSAGE.STATUS_DETAIL)
                .from(OUTREACH_MESSAGE)
                .join(OUTREACH_TEMPLATE).on(OUTREACH_TEMPLATE.ID.eq(OUTREACH_MESSAGE.TEMPLATE_ID))
                .where(OUTREACH_MESSAGE.ACCOUNT_ID.eq(accountId))
                .orderBy(OUTREACH_MESSAGE.ID.desc()).limit(20)
                .fetch(r -> new Row(TemplatesView.WHEN.format((r.value2() != null ? r.value2() : r.value1())
                        .toInstant(ZoneOffset.UTC)), Channel.valueOf(r.value3()).label(), r.value4(),
                        r.value5(), statusLabel(r.value6()), r.value7() == null ? "" : r.value7())));
        panel.add(in, send, grid);
    }

    static String statusLabel(String status) {
        return switch (status) {
            case "QUEUED" -> "Waiting";
            case "SENDING" -> "Sending";
            case "SENT" -> "Sent";
            case "FAILED" -> "Failed";
            case "BLOCKED" -> "Not sent";
            case "UNKNOWN" -> "Delivery unknown";
            default -> status;
        };
    }

    private static void openSendDialog(HostContext host, long accountId, Runnable afterSending) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Send a message");
        dialog.setWidth("40em");
        ComboBox<Templates.Template> template = new ComboBox<>("Template");
        template.setId("outreach-send-template");
        template.setItems(Templates.all(host.data().dsl()));
        template.setItemLabelGenerator(t -> t.name() + " (" + t.channel().label().toLowerCase(Locale.ROOT) + ")");
        template.setWidthFull();
        Div preview = new Div();
        preview.setId("outreach-send-preview");
        Button send = new Button("Send now");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("outreach-send-confirm");
        send.setEnabled(false);
        template.addValueChangeListener(e -> {
            preview.removeAll();
            send.setEnabled(false);
            if (e.getValue() == null) {
                return;
            }
            Templates.Version v = e.getValue().latest();
            Preview.Result result = Preview.render(host, e.getValue().channel(), v.subject(), v.body(), accountId);
            if (result.to() != null) {
                preview.add(new Paragraph("To: " + result.to()));
            }
            if (result.subject() != null) {
                preview.add(new Paragraph("Subject: " + result.subject()));
            }
            Pre text = new Pre(result.body());
            text.getStyle().set("white-space", "pre-wrap");
            preview.add(text);
            if (!result.obstacles().isEmpty()) {
                UnorderedList list = new UnorderedList();
                result.obstacles().forEach(o -> list.add(new ListItem(o)));
                preview.add(new Paragraph("It may not be sent now:"), list);
            }
            send.setEnabled(result.obstacles().isEmpty());
        });
        send.addClickListener(e -> {
            Sender.Outcome outcome = Notices.run(() -> ManualSend.send(host, accountId, template.getValue().id()), null);
            if (outcome == null) {
                return;
            }
            if (outcome.sent()) {
                Notices.success("Sent: " + outcome.detail());
            } else {
                Notices.refusal(outcome.detail());
            }
            dialog.close();
            afterSending.run();
        });
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(template, preview);
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }
}
