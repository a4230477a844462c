package app.settle.outreach;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import app.settle.api.compliance.Channel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Templates, for supervisors and administrators: write a letter, email or text message with merge fields, see the
 * required-wording checks as you type, preview it with a real account, and save it as a new version.
 */
@Extension
public class TemplatesView implements ViewContribution {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.US)
            .withZone(ZoneOffset.UTC);

    @Override
    public String route() {
        return "outreach/templates";
    }

    @Override
    public String title() {
        return "Message templates";
    }

    @Override
    public String icon() {
        return "vaadin:envelope-open-o";
    }

    @Override
    public int order() {
        return 130;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Access.AUTHORS;
    }

    @Override
    public Component createView(HostContext host) {
        Access.require(host.currentUser(), Access.AUTHORS, "write templates");
        return new Screen(host);
    }

    static final class Screen extends VerticalLayout {

        private final HostContext host;
        private final Grid<Templates.Template> grid = new Grid<>();
        private final Grid<Templates.Version> versions = new Grid<>();
        private final TextField name = new TextField("Name");
        private final Select<Channel> channel = new Select<>();
        private final TextField subject = new TextField("Subject (email) or heading (letter)");
        private final TextArea body = new TextArea("Text");
        private final Div check = new Div();
        private final TextField previewAccount = new TextField("Account reference");
        private final Div preview = new Div();
        private Long editing;

        Screen(HostContext host) {
            this.host = host;
            setId("outreach-templates");
            setSizeFull();
            grid.addColumn(Templates.Template::name).setHeader("Name").setFlexGrow(2);
            grid.addColumn(t -> t.channel().label()).setHeader("Channel");
            grid.addColumn(t -> "v" + t.latest().number()).setHeader("Version");
            grid.addColumn(t -> t.latest().mentionsLegal() ? "Mentions legal action" : "").setHeader("Note");
            grid.addColumn(t -> t.latest().createdBy() + ", " + WHEN.format(t.latest().createdAt()))
                    .setHeader("Last saved").setFlexGrow(2);
            grid.addThemeVariants(GridVariant.ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setId("template-grid");
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    edit(e.getValue());
                }
            });

            name.setId("template-name");
            name.setMaxLength(100);
            name.setRequiredIndicatorVisible(true);
            channel.setLabel("Channel");
            channel.setId("template-channel");
            channel.setItems(Channel.EMAIL, Channel.SMS, Channel.LETTER);
            channel.setItemLabelGenerator(Channel::label);
            channel.setValue(Channel.EMAIL);
            subject.setId("template-subject");
            subject.setMaxLength(200);
            subject.setWidthFull();
            body.setId("template-body");
            body.setWidthFull();
            body.setMinHeight("12em");
            body.setValueChangeMode(ValueChangeMode.LAZY);
            body.setHelperText("Merge fields: " + Arrays.stream(MergeField.values()).map(MergeField::placeholder)
                    .collect(Collectors.joining(" ")));
            check.setId("template-check");
            body.addValueChangeListener(e -> showCheck());
            subject.addValueChangeListener(e -> showCheck());
            channel.addValueChangeListener(e -> showCheck());

            Button save = new Button("Save as new version", e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("template-save");
            save.addClickShortcut(Key.KEY_S, KeyModifier.ALT);
            save.getElement().setAttribute("title", "Alt+S");
            Button fresh = new Button("New template", e -> clear());
            fresh.setId("template-new");

            previewAccount.setId("template-preview-account");
            Button show = new Button("Preview", e -> preview());
            show.setId("template-preview");
            preview.setId("template-preview-output");
            HorizontalLayout previewBar = new HorizontalLayout(previewAccount, show);
            previewBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

            versions.addColumn(v -> "v" + v.number()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
            versions.addColumn(v -> v.createdBy() + ", " + WHEN.format(v.createdAt())).setHeader("Saved");
            versions.addColumn(v -> v.subject() == null ? firstLine(v.body()) : v.subject()).setHeader("Subject")
                    .setFlexGrow(2);
            versions.addThemeVariants(GridVariant.ROW_STRIPES);
            versions.setAllRowsVisible(true);
            versions.setId("template-versions");

            HorizontalLayout head = new HorizontalLayout(name, channel);
            VerticalLayout form = new VerticalLayout(new H3("Template"), head, subject, body, check,
                    new HorizontalLayout(save, fresh), new H3("Preview with an account"), previewBar, preview,
                    new H3("Versions"), versions);
            form.setPadding(false);
            add(new Paragraph("Every message must carry the debt-collector disclosure; emails an opt-out link"
                    + " ({{opt_out_link}}), text messages \"Reply STOP to opt out.\""), grid, form);
            refresh();
            showCheck();
        }

        private void refresh() {
            grid.setItems(Templates.all(host.data().dsl()));
        }

        private void edit(Templates.Template template) {
            editing = template.id();
            name.setValue(template.name());
            name.setReadOnly(true);
            channel.setValue(template.channel());
            channel.setReadOnly(true);
            subject.setValue(template.latest().subject() == null ? "" : template.latest().subject());
            body.setValue(template.latest().body());
            versions.setItems(Templates.versions(host.data().dsl(), template.id()));
            showCheck();
        }

        private void clear() {
            editing = null;
            grid.asSingleSelect().clear();
            name.setReadOnly(false);
            name.clear();
            channel.setReadOnly(false);
            channel.setValue(Channel.EMAIL);
            subject.clear();
            body.clear();
            versions.setItems(List.of());
            preview.removeAll();
            showCheck();
        }

        private void showCheck() {
            check.removeAll();
            TemplateCheck.Result result = TemplateCheck.check(channel.getValue(), subject.getValue(),
                    body.getValue());
            if (result.ok() && !result.mentionsLegal()) {
                check.add(new Paragraph("Required wording: all present."));
                return;
            }
            UnorderedList list = new UnorderedList();
            result.problems().forEach(problem -> list.add(new ListItem(problem)));
            if (result.mentionsLegal()) {
                list.add(new ListItem("Mentions legal action (" + String.join(", ", result.legalWords())
                        + "): allowed, but never sent on a time-barred debt (12 CFR 1006.26(b))."));
            }
            check.add(list);
        }

        private void save() {
            Long id = Notices.run(() -> Templates.save(host, editing, name.getValue(), channel.getValue(),
                    subject.getValue(), body.getValue()), "Saved.");
            if (id != null) {
                refresh();
                Templates.find(host.data().dsl(), id).ifPresent(template -> grid.select(template));
            }
        }

        private void preview() {
            preview.removeAll();
            Long accountId = Preview.findAccount(host, previewAccount.getValue()).orElse(null);
            if (accountId == null) {
                Notices.refusal("No account with reference \"" + previewAccount.getValue().strip()
                        + "\" that you may see.");
                return;
            }
            Preview.Result result = Preview.render(host, channel.getValue(), subject.getValue(), body.getValue(),
                    accountId);
            if (result.to() != null) {
                preview.add(new Paragraph("To: " + result.to()));
            }
            if (result.subject() != null && !result.subject().isBlank()) {
                preview.add(new Paragraph("Subject: " + result.subject()));
            }
            Pre text = new Pre(result.body());
            text.getStyle().set("white-space", "pre-wrap");
            preview.add(text);
            if (result.obstacles().isEmpty()) {
                preview.add(new Paragraph("It could be sent to this account now."));
            } else {
                UnorderedList list = new UnorderedList();
                result.obstacles().forEach(o -> list.add(new ListItem(o)));
                preview.add(new Paragraph("It would not be sent to this account now:"), list);
            }
        }

        private static String firstLine(String text) {
            String line = text.lines().findFirst().orElse("");
            return line.length() > 80 ? line.substring(0, 79) + "…" : line;
        }
    }
}
