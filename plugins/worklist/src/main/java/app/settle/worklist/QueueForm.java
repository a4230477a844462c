package app.settle.worklist;

import app.settle.api.core.AgingBucket;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The fields of a queue definition; {@link #read} validates them into a {@link QueueDefinition}. */
final class QueueForm extends FormLayout {

    static final List<String> STATUSES = List.of("ACTIVE", "PAID", "SETTLED", "CLOSED", "WRITTEN_OFF", "RECALLED");

    final TextField name = new TextField("Name");
    final Select<Teams.Team> team = new Select<>();
    final Checkbox personal = new Checkbox("Each collector sees only the accounts assigned to them");
    final CheckboxGroup<AgingBucket> buckets = new CheckboxGroup<>("Aging buckets (none: any)");
    final BigDecimalField balanceMin = new BigDecimalField("Balance from");
    final BigDecimalField balanceMax = new BigDecimalField("Balance up to");
    final CheckboxGroup<String> statuses = new CheckboxGroup<>("Status (none: any)");
    final TextField states = new TextField("States");
    final TextField zones = new TextField("Time zones");
    final IntegerField scoreMin = new IntegerField("Score from");
    final IntegerField scoreMax = new IntegerField("Score up to");
    final IntegerField brokenMin = new IntegerField("Broken promises, at least");
    final IntegerField daysSinceContact = new IntegerField("Days since last contact, at least");
    final Checkbox excludeHolds = new Checkbox("Leave out accounts on hold");
    final Select<QueueRanking> ranking = new Select<>();
    final IntegerField wBalance = weight("Balance");
    final IntegerField wDaysPastDue = weight("Days past due");
    final IntegerField wScore = weight("Score");
    final IntegerField wPromises = weight("Promise history");
    final IntegerField wRecency = weight("Recency");
    private QueueDefinition editing;

    QueueForm(List<Teams.Team> teams) {
        name.setRequired(true);
        name.setMaxLength(80);
        name.setId("queue-name");
        team.setLabel("Team");
        team.setItems(teams);
        team.setItemLabelGenerator(Teams.Team::name);
        buckets.setItems(AgingBucket.values());
        buckets.setItemLabelGenerator(AgingBucket::label);
        statuses.setItems(STATUSES);
        statuses.setItemLabelGenerator(s -> s.charAt(0) + s.substring(1).toLowerCase().replace('_', ' '));
        states.setPlaceholder("e.g. NY, NJ");
        states.setHelperText("Two-letter codes, separated by commas; empty: any");
        zones.setPlaceholder("e.g. America/Chicago");
        zones.setHelperText("IANA zones, separated by commas; empty: any");
        ranking.setLabel("Ranking");
        ranking.setItems(QueueRanking.values());
        ranking.setItemLabelGenerator(QueueRanking::label);
        ranking.addValueChangeListener(change -> showWeights(change.getValue() == QueueRanking.WEIGHTED));
        ranking.setId("queue-ranking");
        add(name, team, personal, excludeHolds, buckets, statuses, balanceMin, balanceMax, scoreMin, scoreMax, states,
                zones, brokenMin, daysSinceContact, ranking, wBalance, wDaysPastDue, wScore, wPromises, wRecency);
        setColspan(buckets, 2);
        setColspan(statuses, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    private static IntegerField weight(String label) {
        IntegerField field = new IntegerField("Weight: " + label);
        field.setMin(0);
        field.setMax(Weights.MAX);
        field.setStepButtonsVisible(true);
        return field;
    }

    private void showWeights(boolean visible) {
        List.of(wBalance, wDaysPastDue, wScore, wPromises, wRecency).forEach(f -> f.setVisible(visible));
    }

    void edit(QueueDefinition q, List<Teams.Team> teams) {
        editing = q;
        name.setValue(q.name());
        team.setValue(teams.stream().filter(t -> t.id() == q.teamId()).findFirst().orElse(null));
        team.setReadOnly(q.id() != null);
        personal.setValue(q.personal());
        buckets.setValue(q.agingBuckets());
        balanceMin.setValue(q.balanceMin());
        balanceMax.setValue(q.balanceMax());
        statuses.setValue(q.statuses());
        states.setValue(String.join(", ", q.states().stream().sorted().toList()));
        zones.setValue(String.join(", ", q.timeZones().stream().sorted().toList()));
        scoreMin.setValue(q.scoreMin());
        scoreMax.setValue(q.scoreMax());
        brokenMin.setValue(q.brokenPromisesMin());
        daysSinceContact.setValue(q.daysSinceContactMin());
        excludeHolds.setValue(q.excludeHolds());
        ranking.setValue(q.ranking());
        wBalance.setValue(q.weights().balance());
        wDaysPastDue.setValue(q.weights().daysPastDue());
        wScore.setValue(q.weights().score());
        wPromises.setValue(q.weights().promises());
        wRecency.setValue(q.weights().recency());
        showWeights(q.ranking() == QueueRanking.WEIGHTED);
    }

    QueueDefinition editing() {
        return editing;
    }

    /** The definition as entered; IllegalArgumentException with a message for people when something is wrong. */
    QueueDefinition read() {
        if (team.getValue() == null) {
            throw new IllegalArgumentException("Choose the team the queue is for.");
        }
        for (IntegerField field : List.of(scoreMin, scoreMax, brokenMin, daysSinceContact, wBalance, wDaysPastDue, wScore,
                wPromises, wRecency)) {
            if (field.isInvalid()) {
                throw new IllegalArgumentException(field.getLabel() + ": enter a whole number.");
            }
        }
        return new QueueDefinition(editing == null ? null : editing.id(), name.getValue(), team.getValue().id(),
                personal.getValue(), buckets.getValue(), balanceMin.getValue(), balanceMax.getValue(), statuses.getValue(),
                split(states.getValue(), true), split(zones.getValue(), false), scoreMin.getValue(), scoreMax.getValue(),
                brokenMin.getValue(), daysSinceContact.getValue(), excludeHolds.getValue(), ranking.getValue(),
                new Weights(zero(wBalance), zero(wDaysPastDue), zero(wScore), zero(wPromises), zero(wRecency)),
                editing == null ? 0 : editing.version());
    }

    private static int zero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static Set<String> split(String text, boolean upper) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase() : s).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
