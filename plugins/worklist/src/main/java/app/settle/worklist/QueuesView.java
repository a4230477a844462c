package app.settle.worklist;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import app.settle.api.core.Assignments;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.pf4j.Extension;

/**
 * Queues, for supervisors (their teams) and administrators: define which accounts a queue holds and how it ranks
 * them, preview what falls in it, choose who works it, and hand out unassigned accounts (new placements) to its
 * collectors in turn.
 */
@Extension
public class QueuesView implements ViewContribution {

    @Override
    public String route() {
        return "worklist/queues";
    }

    @Override
    public String title() {
        return "Queues";
    }

    @Override
    public String icon() {
        return "vaadin:filter";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Access.MANAGERS;
    }

    @Override
    public Component createView(HostContext host) {
        return new Screen(host);
    }

    static final class Screen extends VerticalLayout {

        private final HostContext host;
        private final Queues queues;
        private final List<Teams.Team> teams;
        private final Grid<Queues.Summary> grid = new Grid<>();
        private final QueueForm form;
        private final Paragraph preview = new Paragraph();
        private final MultiSelectComboBox<Assignments.Collector> workers = new MultiSelectComboBox<>("Worked by");
        private final MultiSelectComboBox<Assignments.Collector> assignTo = new MultiSelectComboBox<>("Assign to");
        private final IntegerField assignCount = new IntegerField("How many");
        private final MultiSelectComboBox<Assignments.Collector> dealTo =
                new MultiSelectComboBox<>("Deal new placements to");
        private final Paragraph dealStatus = new Paragraph();
        private final Div assignment = new Div();

        Screen(HostContext host) {
            this.host = host;
            Access.requireSupervisor(host);
            this.queues = new Queues(host);
            this.teams = Teams.managedBy(host);
            this.form = new QueueForm(teams);
            setSizeFull();

            grid.addColumn(s -> s.definition().name()).setHeader("Queue").setAutoWidth(true);
            grid.addColumn(Queues.Summary::teamName).setHeader("Team").setAutoWidth(true);
            grid.addColumn(s -> s.definition().describe()).setHeader("Accounts").setFlexGrow(2);
            grid.addColumn(s -> s.definition().ranking().label()).setHeader("Ranking").setAutoWidth(true);
            grid.addColumn(s -> Numbers.count(s.members())).setHeader("Members").setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
            grid.addColumn(s -> s.definition().personal() ? "Personal" : Numbers.count(s.collectorIds().size())
                    + " collector" + (s.collectorIds().size() == 1 ? "" : "s")).setHeader("Worked by").setAutoWidth(true);
            grid.addThemeVariants(GridVariant.ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.setEmptyStateText("No queue yet: create one below.");
            grid.asSingleSelect().addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    edit(change.getValue());
                }
            });
            grid.setId("queues-grid");

            Button create = new Button("New queue", click -> newQueue());
            Button previewButton = new Button("Preview", click -> preview());
            previewButton.setId("queue-preview");
            Button save = new Button("Save queue", click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
            save.getElement().setAttribute("title", "Save (Ctrl+Enter)");
            save.setId("queue-save");
            Button delete = new Button("Delete", click -> delete());
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            preview.addClassName("settle-muted");
            preview.setId("queue-preview-text");

            workers.setItemLabelGenerator(Assignments.Collector::displayName);
            workers.setWidth("24rem");
            Button saveWorkers = new Button("Save who works it", click -> saveWorkers());
            saveWorkers.setId("queue-save-workers");
            assignTo.setItemLabelGenerator(Assignments.Collector::displayName);
            assignTo.setWidth("24rem");
            assignCount.setValue(100);
            assignCount.setMin(1);
            assignCount.setMax(Queues.MAX_ASSIGN);
            assignCount.setWidth("8rem");
            Button assign = new Button("Assign unassigned accounts", click -> assign());
            assign.setId("queue-assign");
            HorizontalLayout workersRow = new HorizontalLayout(workers, saveWorkers);
            workersRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            HorizontalLayout assignRow = new HorizontalLayout(assignTo, assignCount, assign);
            assignRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            Paragraph assignHelp = new Paragraph("Hands out the queue's best-ranked accounts that nobody works yet (new"
                    + " placements), taking turns between the collectors chosen (round-robin); one collector takes"
                    + " them all. At most " + Numbers.count(Queues.MAX_ASSIGN) + " per click.");
            assignHelp.addClassName("settle-muted");
            dealTo.setItemLabelGenerator(Assignments.Collector::displayName);
            dealTo.setWidth("24rem");
            dealTo.setId("queue-deal-to");
            Button saveDeal = new Button("Save round-robin", click -> saveDeal());
            saveDeal.setId("queue-save-deal");
            HorizontalLayout dealRow = new HorizontalLayout(dealTo, saveDeal);
            dealRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            dealStatus.addClassName("settle-muted");
            dealStatus.setId("queue-deal-status");
            assignment.add(new H3("Who works it"), workersRow, assignHelp, assignRow, new H3("New placements"),
                    dealStatus, dealRow);

            HorizontalLayout actions = new HorizontalLayout(save, previewButton, create, delete);
            add(grid, new H3("Queue"), form, actions, preview, assignment);
            refresh();
            newQueue();
        }

        private void refresh() {
            grid.setItems(queues.managed());
        }

        private void newQueue() {
            grid.asSingleSelect().clear();
            form.edit(QueueDefinition.starter("New queue", teams.isEmpty() ? 0 : teams.getFirst().id(), false), teams);
            form.name.clear();
            preview.setText("");
            assignment.setVisible(false);
        }

        private void edit(Queues.Summary summary) {
            form.edit(summary.definition(), teams);
            preview.setText(Numbers.count(summary.members()) + " accounts in the queue.");
            List<Assignments.Collector> collectors = host.assignments().collectorsOf(summary.definition().teamId());
            workers.setItems(collectors);
            workers.setValue(collectors.stream().filter(c -> summary.collectorIds().contains(c.id()))
                    .collect(Collectors.toSet()));
            workers.setEnabled(!summary.definition().personal());
            assignTo.setItems(collectors);
            assignTo.setValue(workers.getValue());
            dealTo.setItems(collectors);
            showDeal(summary.definition().id(), collectors);
            assignment.setVisible(true);
        }

        /** The queue's round-robin deal in words, and its collectors chosen in the field. */
        private void showDeal(long queueId, List<Assignments.Collector> collectors) {
            RoundRobin.Setting deal = new RoundRobin(host).of(queueId).orElse(null);
            if (deal == null) {
                dealTo.clear();
                dealStatus.setText("Round-robin is off: new placements stay unassigned until someone assigns them."
                        + " Choose collectors and save to deal each new placement of this queue to the next of them"
                        + " in turn (in name order).");
                return;
            }
            List<String> names = deal.collectorIds().stream().map(id -> collectors.stream().filter(c -> c.id() == id)
                    .map(Assignments.Collector::displayName).findFirst().orElse("user " + id)).toList();
            dealTo.setValue(collectors.stream().filter(c -> deal.collectorIds().contains(c.id()))
                    .collect(Collectors.toSet()));
            dealStatus.setText("Round-robin is on: new placements go in turn to " + String.join(", ", names) + "; "
                    + Numbers.count(deal.dealt()) + " dealt so far; next: "
                    + names.get(Math.floorMod(deal.nextTurn(), names.size())) + ". Save with nobody chosen to turn it off.");
        }

        private void saveDeal() {
            QueueDefinition editing = form.editing();
            Notices.attempt(() -> {
                List<Assignments.Collector> chosen = dealTo.getValue().stream()
                        .sorted(java.util.Comparator.comparing(Assignments.Collector::displayName)).toList();
                new RoundRobin(host).configure(editing.id(), chosen.stream().map(Assignments.Collector::id).toList());
                showDeal(editing.id(), host.assignments().collectorsOf(editing.teamId()));
                return chosen.isEmpty() ? "Round-robin for " + editing.name() + " is off."
                        : "New placements of " + editing.name() + " are dealt in turn to " + chosen.size()
                        + " collector" + (chosen.size() == 1 ? "" : "s") + ".";
            });
        }

        private void preview() {
            Notices.attempt(() -> {
                QueuePreview.Result result = new QueuePreview(host).of(form.read());
                preview.setText(result.countText() + " would be in this queue. Highest scores: "
                        + (result.examples().isEmpty() ? "none"
                        : result.examples().stream().map(e -> e.externalRef() + " (score " + e.score() + ", "
                        + e.balance() + ", " + e.daysPastDue() + " days)").collect(Collectors.joining("; "))) + ".");
                return "Preview updated.";
            });
        }

        private void save() {
            Notices.attempt(() -> {
                QueueDefinition saved = queues.save(form.read());
                refresh();
                queues.managed().stream().filter(s -> s.definition().id().equals(saved.id())).findFirst()
                        .ifPresent(grid.asSingleSelect()::setValue);
                return "Queue " + saved.name() + " saved.";
            });
        }

        private void delete() {
            QueueDefinition editing = form.editing();
            if (editing == null || editing.id() == null) {
                Notices.error("Choose a saved queue to delete.");
                return;
            }
            Notices.attempt(() -> {
                queues.delete(editing.id());
                refresh();
                newQueue();
                return "Queue " + editing.name() + " deleted.";
            });
        }

        private void saveWorkers() {
            QueueDefinition editing = form.editing();
            Notices.attempt(() -> {
                queues.assignCollectors(editing.id(), workers.getValue().stream().map(Assignments.Collector::id)
                        .collect(Collectors.toSet()));
                assignTo.setValue(workers.getValue());
                refresh();
                return editing.name() + " is worked by " + workers.getValue().size() + " collector"
                        + (workers.getValue().size() == 1 ? "" : "s") + ".";
            });
        }

        private void assign() {
            QueueDefinition editing = form.editing();
            Notices.attempt(() -> {
                int count = assignCount.getValue() == null ? 0 : assignCount.getValue();
                List<Long> ids = assignTo.getValue().stream()
                        .sorted(java.util.Comparator.comparing(Assignments.Collector::displayName))
                        .map(Assignments.Collector::id).toList();
                int assigned = queues.assignUnassigned(editing.id(), ids, count);
                refresh();
                return assigned == 0 ? "Every account of " + editing.name() + " already has a collector."
                        : Numbers.count(assigned) + " accounts assigned.";
            });
        }
    }
}
