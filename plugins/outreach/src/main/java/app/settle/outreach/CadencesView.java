package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_ENROLMENT;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.impl.DSL;
import org.pf4j.Extension;

/**
 * Cadences, for supervisors and administrators: what brings accounts in (days past due, or an account event), the
 * steps (on which day which template goes out, on the template's channel), whether a payment ends it, and how many
 * accounts are in each now.
 */
@Extension
public class CadencesView implements ViewContribution {

    @Override
    public String route() {
        return "outreach/cadences";
    }

    @Override
    public String title() {
        return "Cadences";
    }

    @Override
    public String icon() {
        return "vaadin:calendar-envelope";
    }

    @Override
    public int order() {
        return 131;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Access.AUTHORS;
    }

    @Override
    public Component createView(HostContext host) {
        Access.require(host.currentUser(), Access.AUTHORS, "change cadences");
        return new Screen(host);
    }

    static final class Screen extends VerticalLayout {

        private final HostContext host;
        private final Grid<Cadences.Cadence> grid = new Grid<>();
        private final TextField name = new TextField("Name");
        private final Select<Trigger> trigger = new Select<>();
        private final IntegerField minDpd = new IntegerField("From day past due");
        private final IntegerField maxDpd = new IntegerField("To day past due");
        private final Checkbox exitOnPayment = new Checkbox("A payment ends it");
        private final Checkbox enabled = new Checkbox("On");
        private final VerticalLayout steps = new VerticalLayout();
        private final List<StepRow> rows = new ArrayList<>();
        private final Paragraph anchor = new Paragraph();
        private Cadences.Cadence editing;
        private Map<Long, String> templateNames = Map.of();
        private List<Templates.Template> templates = List.of();

        Screen(HostContext host) {
            this.host = host;
            setId("outreach-cadences");
            grid.addColumn(Cadences.Cadence::name).setHeader("Name").setFlexGrow(2);
            grid.addColumn(c -> c.trigger().label() + (c.trigger() == Trigger.DPD ? " " + number(c.minDpd()) + "–"
                    + number(c.maxDpd()) : "")).setHeader("Accounts enter on").setFlexGrow(2);
            grid.addColumn(c -> c.steps().stream()
                    .map(s -> "day " + number(s.day()) + ": " + templateNames.getOrDefault(s.templateId(), "?"))
                    .collect(Collectors.joining("; "))).setHeader("Steps").setFlexGrow(3);
            grid.addColumn(c -> c.enabled() ? "On" : "Off").setHeader("State");
            grid.addColumn(this::activeCount).setHeader("Accounts in it");
            grid.addThemeVariants(GridVariant.ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setId("cadence-grid");
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    edit(e.getValue());
                }
            });

            name.setId("cadence-name");
            name.setMaxLength(100);
            name.setRequiredIndicatorVisible(true);
            trigger.setLabel("Accounts enter on");
            trigger.setId("cadence-trigger");
            trigger.setItems(Trigger.values());
            trigger.setItemLabelGenerator(Trigger::label);
            trigger.addValueChangeListener(e -> showTrigger());
            minDpd.setId("cadence-min-dpd");
            maxDpd.setId("cadence-max-dpd");
            minDpd.setMin(0);
            maxDpd.setMax(3650);
            exitOnPayment.setId("cadence-exit-on-payment");
            enabled.setId("cadence-enabled");
            steps.setPadding(false);
            steps.setId("cadence-steps");
            Button addStep = new Button("Add step", e -> addRow(null));
            addStep.setId("cadence-add-step");
            Button save = new Button("Save", e -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("cadence-save");
            save.addClickShortcut(Key.KEY_S, KeyModifier.ALT);
            save.getElement().setAttribute("title", "Alt+S");
            Button fresh = new Button("New cadence", e -> clear());
            fresh.setId("cadence-new");

            HorizontalLayout first = new HorizontalLayout(name, trigger, minDpd, maxDpd);
            first.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            add(grid, new H3("Cadence"), first, new HorizontalLayout(exitOnPayment, enabled), anchor,
                    new H3("Steps"), steps, addStep, new HorizontalLayout(save, fresh));
            refresh();
            clear();
        }

        private void refresh() {
            templates = Templates.all(host.data().dsl());
            templateNames = templates.stream().collect(Collectors.toMap(Templates.Template::id,
                    t -> t.name() + " (" + t.channel().label().toLowerCase(Locale.ROOT) + ")"));
            grid.setItems(Cadences.all(host.data().dsl()));
        }

        private static String number(int value) {
            return String.format(Locale.US, "%,d", value);
        }

        private String activeCount(Cadences.Cadence cadence) {
            int count = host.data().dsl().fetchCount(DSL.selectOne().from(OUTREACH_ENROLMENT)
                    .where(OUTREACH_ENROLMENT.CADENCE_ID.eq(cadence.id()), OUTREACH_ENROLMENT.LEFT_AT.isNull()));
            return String.format(Locale.US, "%,d", count);
        }

        private void showTrigger() {
            boolean dpd = trigger.getValue() == Trigger.DPD;
            minDpd.setVisible(dpd);
            maxDpd.setVisible(dpd);
            anchor.setText(trigger.getValue() == null ? "" : "Step days count from " + trigger.getValue().anchor()
                    + ".");
        }

        private void edit(Cadences.Cadence cadence) {
            editing = cadence;
            name.setValue(cadence.name());
            trigger.setValue(cadence.trigger());
            minDpd.setValue(cadence.minDpd());
            maxDpd.setValue(cadence.maxDpd());
            exitOnPayment.setValue(cadence.exitOnPayment());
            enabled.setValue(cadence.enabled());
            steps.removeAll();
            rows.clear();
            cadence.steps().forEach(this::addRow);
        }

        private void clear() {
            editing = null;
            grid.asSingleSelect().clear();
            name.clear();
            trigger.setValue(Trigger.DPD);
            minDpd.setValue(1);
            maxDpd.setValue(180);
            exitOnPayment.setValue(true);
            enabled.setValue(true);
            steps.removeAll();
            rows.clear();
            addRow(null);
            showTrigger();
        }

        private void addRow(Cadences.Step step) {
            StepRow row = new StepRow(step);
            rows.add(row);
            steps.add(row.layout);
        }

        private void save() {
            List<Cadences.Step> wanted = new ArrayList<>();
            for (StepRow row : rows) {
                if (row.day.getValue() == null || row.template.getValue() == null) {
                    Notices.refusal("Give every step a day and a template, or remove it.");
                    return;
                }
                wanted.add(new Cadences.Step(null, row.day.getValue(), row.template.getValue().id()));
            }
            Cadences.Cadence cadence = new Cadences.Cadence(editing == null ? null : editing.id(), name.getValue(),
                    trigger.getValue(), minDpd.getValue(), maxDpd.getValue(), exitOnPayment.getValue(),
                    enabled.getValue(), editing == null ? 0 : editing.version(), wanted);
            Long id = Notices.run(() -> Cadences.save(host, cadence), "Saved.");
            if (id != null) {
                refresh();
                Cadences.all(host.data().dsl()).stream().filter(c -> c.id().equals(id)).findFirst()
                        .ifPresent(grid::select);
            }
        }

        /** One editable step: day, template, remove. */
        private final class StepRow {
            final IntegerField day = new IntegerField("Day");
            final ComboBox<Templates.Template> template = new ComboBox<>("Template");
            final HorizontalLayout layout;

            StepRow(Cadences.Step step) {
                int index = rows.size() + 1;
                day.setId("cadence-step-day-" + index);
                day.setStepButtonsVisible(true);
                template.setId("cadence-step-template-" + index);
                template.setItems(templates);
                template.setItemLabelGenerator(t -> t.name() + " (" + t.channel().label().toLowerCase(Locale.ROOT)
                        + ")");
                template.setWidth("24em");
                if (step != null) {
                    day.setValue(step.day());
                    templates.stream().filter(t -> t.id() == step.templateId()).findFirst()
                            .ifPresent(template::setValue);
                }
                Button remove = new Button("Remove");
                remove.addThemeVariants(ButtonVariant.TERTIARY);
                layout = new HorizontalLayout(day, template, remove);
                remove.addClickListener(e -> {
                    rows.remove(this);
                    steps.remove(layout);
                });
                layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            }
        }
    }
}
