package app.settle.portal.workspace;

import app.settle.portal.notes.NoteService;
import app.settle.portal.shell.Feedback;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Adds a note to the account's timeline; Ctrl+Enter adds it from the keyboard. */
final class NoteForm {

    private final NoteService notes;

    NoteForm(NoteService notes) {
        this.notes = notes;
    }

    Component build(long accountId, Runnable onAdded) {
        TextArea text = new TextArea();
        text.setPlaceholder("Add a note to the timeline");
        text.setMaxLength(NoteService.MAX_LENGTH);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setHelperText("0 / " + String.format("%,d", NoteService.MAX_LENGTH));
        text.addValueChangeListener(change -> text.setHelperText(String.format("%,d / %,d",
                change.getValue().length(), NoteService.MAX_LENGTH)));
        text.setWidthFull();
        text.setId("note-text");
        Button add = new Button("Add note", click -> {
            if (Feedback.attempt(() -> notes.add(accountId, text.getValue()), "Note added.")) {
                text.clear();
                onAdded.run();
            }
        });
        add.addThemeVariants(ButtonVariant.SMALL);
        add.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        add.setId("add-note");
        Div box = new Div(text, add);
        box.addClassName("settle-note-form");
        return box;
    }
}
