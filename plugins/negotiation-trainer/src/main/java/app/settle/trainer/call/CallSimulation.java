package app.settle.trainer.call;

import app.settle.trainer.scenario.Choice;
import app.settle.trainer.scenario.Mark;
import app.settle.trainer.scenario.Node;
import app.settle.trainer.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A self-paced call: the scenario plays the debtor, the trainee picks (or, where the node allows, types) the
 * collector's lines, and the debtor answers by the branches. Keeps the transcript and the moments the choices
 * earned or lost. Not thread-safe: one trainee's UI drives it.
 */
public final class CallSimulation {

    /** Longest free text a trainee may type in one turn. */
    public static final int MAX_FREE_TEXT = 600;

    private final Scenario scenario;
    private final List<Turn> transcript = new ArrayList<>();
    private final List<Moment> moments = new ArrayList<>();
    private Node current;

    public CallSimulation(Scenario scenario) {
        this.scenario = scenario;
        enter(scenario.start());
    }

    public Scenario scenario() {
        return scenario;
    }

    public Node current() {
        return current;
    }

    public boolean ended() {
        return current.isEnding();
    }

    public List<Turn> transcript() {
        return List.copyOf(transcript);
    }

    public List<Moment> moments() {
        return List.copyOf(moments);
    }

    /** The collector says the scripted line of a choice of the current node. */
    public void choose(Choice choice) {
        requireOffered(choice);
        if (choice.freeText()) {
            throw new IllegalArgumentException("This choice needs the collector's own words");
        }
        take(choice, choice.text());
    }

    /** The collector says their own words where the current node offers a free-text choice. */
    public void say(Choice choice, String words) {
        requireOffered(choice);
        if (!choice.freeText()) {
            throw new IllegalArgumentException("This choice has scripted words");
        }
        String text = words == null ? "" : words.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Type what you would say first");
        }
        if (text.length() > MAX_FREE_TEXT) {
            throw new IllegalArgumentException("Say it in at most " + MAX_FREE_TEXT + " characters");
        }
        take(choice, text);
    }

    public Scorecard scorecard() {
        return Scorecard.of(scenario, moments);
    }

    private void take(Choice choice, String words) {
        transcript.add(new Turn(transcript.size() + 1, Speaker.COLLECTOR, words, current.id()));
        int turn = transcript.size();
        for (Mark mark : choice.marks()) {
            moments.add(new Moment(mark.item(), mark.earned(), mark.reason(), turn));
        }
        enter(choice.target());
    }

    private void requireOffered(Choice choice) {
        if (ended()) {
            throw new IllegalStateException("The call has ended");
        }
        if (!current.choices().contains(choice)) {
            throw new IllegalArgumentException("That is not a choice at this point of the call");
        }
    }

    private void enter(String nodeId) {
        current = scenario.node(nodeId);
        transcript.add(new Turn(transcript.size() + 1, Speaker.DEBTOR, current.debtorLine(), current.id()));
    }
}
