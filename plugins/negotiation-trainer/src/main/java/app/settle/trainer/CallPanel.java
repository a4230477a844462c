package app.settle.trainer;

import app.settle.trainer.call.CallSimulation;
import app.settle.trainer.scenario.Choice;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * A self-paced call on screen: the transcript so far, then the collector's choices as buttons (and a text field
 * where the scenario lets the trainee use their own words). When the call ends it hands the simulation over.
 * Used by Practice (recorded) and by the authoring preview (not recorded).
 */
final class CallPanel extends VerticalLayout {

    private final CallSimulation call;
    private final Consumer<CallSimulation> onEnded;
    private final Div transcript = new Div();
    private final VerticalLayout choices = new VerticalLayout();

    CallPanel(CallSimulation call, Consumer<CallSimulation> onEnded) {
        this.call = call;
        this.onEnded = onEnded;
        setPadding(false);
        choices.setPadding(false);
        choices.setSpacing(false);
        choices.setId("trainer-choices");
        add(transcript, choices);
        render();
    }

    private void render() {
        Div fresh = Parts.transcript(call.transcript());
        transcript.removeAll();
        transcript.add(fresh);
        choices.removeAll();
        if (call.ended()) {
            choices.add(Parts.line("Outcome", call.current().ending()));
            onEnded.accept(call);
            return;
        }
        choices.add(Parts.hint("What do you say?"));
        int index = 1;
        for (Choice choice : call.current().choices()) {
            if (choice.freeText()) {
                choices.add(freeText(choice));
                continue;
            }
            Button button = new Button(index++ + ". " + choice.text(), click -> {
                call.choose(choice);
                render();
            });
            button.addClassName("trainer-choice");
            button.getStyle().set("white-space", "normal").set("height", "auto").set("text-align", "left")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-xs)");
            button.setWidthFull();
            choices.add(button);
        }
    }

    private HorizontalLayout freeText(Choice choice) {
        TextArea words = new TextArea(choice.text());
        words.setMaxLength(CallSimulation.MAX_FREE_TEXT);
        words.setWidthFull();
        words.setId("trainer-free-text");
        Button say = new Button("Say it", click -> {
            if (Notices.attempt(() -> call.say(choice, words.getValue()), null)) {
                render();
            }
        });
        say.addThemeVariants(ButtonVariant.PRIMARY);
        say.addClickShortcut(Key.ENTER).listenOn(words);
        say.setId("trainer-say");
        HorizontalLayout row = new HorizontalLayout(words, say);
        row.setWidthFull();
        row.setAlignItems(Alignment.END);
        return row;
    }
}
