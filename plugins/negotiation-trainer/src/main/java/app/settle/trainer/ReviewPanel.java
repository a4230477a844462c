package app.settle.trainer;

import app.settle.trainer.call.ItemResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A finished (or running) call for review: outcome, transcript, scorecard and the trainer's comments. Trainers can
 * comment on a line or the whole call and override an item's score; trainees read.
 */
final class ReviewPanel extends VerticalLayout {

    private final Training training;
    private final long sessionId;
    private final boolean trainer;

    ReviewPanel(Training training, long sessionId, boolean trainer) {
        this.training = training;
        this.sessionId = sessionId;
        this.trainer = trainer;
        setPadding(false);
        setId("trainer-review");
        render();
    }

    private void render() {
        removeAll();
        SessionStore.Review review = training.sessions.review(sessionId);
        StoredSession session = review.session();
        add(new H3(session.scenarioTitle()),
                Parts.line("Trainee", session.traineeName() == null ? "—" : session.traineeName()),
                Parts.line("Mode", session.mode().label() + (session.trainerName() == null ? ""
                        : ", trainer " + session.trainerName())),
                Parts.line("When", Parts.when(session.startedAt())),
                Parts.line("Outcome", session.ending() == null ? session.status().label() : session.ending()),
                Parts.transcript(review.turns()), Parts.scorecard(review.scorecard()), comments(review));
        if (trainer) {
            add(commentForm(review), overrideForm(review));
        }
    }

    private Div comments(SessionStore.Review review) {
        Div box = Parts.card("Trainer's comments");
        box.setId("trainer-comments");
        if (review.comments().isEmpty()) {
            box.add(new Paragraph("No comments yet."));
        }
        for (SessionStore.Comment comment : review.comments()) {
            Span where = new Span((comment.turn() == null ? "Whole call" : "Line " + comment.turn()) + " · "
                    + comment.author() + " · " + Parts.when(comment.at()) + ": ");
            where.addClassName("settle-muted");
            box.add(new Paragraph(where, new Span(comment.body())));
        }
        return box;
    }

    private HorizontalLayout commentForm(SessionStore.Review review) {
        ComboBox<Integer> line = new ComboBox<>("On line");
        line.setItems(IntStream.rangeClosed(1, review.turns().size()).boxed().toList());
        line.setPlaceholder("Whole call");
        line.setClearButtonVisible(true);
        line.setWidth("9rem");
        TextArea text = new TextArea("Comment");
        text.setMaxLength(SessionStore.MAX_TEXT);
        text.setWidth("28rem");
        text.setId("trainer-comment-text");
        Button add = new Button("Add comment", click -> {
            if (Notices.attempt(() -> training.sessions.comment(sessionId, line.getValue(), text.getValue()),
                    "Comment added")) {
                render();
            }
        });
        add.setId("trainer-comment-add");
        HorizontalLayout form = new HorizontalLayout(line, text, add);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private HorizontalLayout overrideForm(SessionStore.Review review) {
        ComboBox<ItemResult> item = new ComboBox<>("Override a score");
        item.setItems(review.scorecard().items());
        item.setItemLabelGenerator(result -> result.item().label());
        item.setWidth("22rem");
        RadioButtonGroup<String> verdict = new RadioButtonGroup<>("Verdict");
        verdict.setItems(List.of("Earned", "Lost"));
        TextArea note = new TextArea("Why");
        note.setMaxLength(SessionStore.MAX_TEXT);
        Button save = new Button("Save score", click -> {
            if (item.getValue() == null || verdict.getValue() == null) {
                Notices.error("Not done: choose an item and a verdict");
                return;
            }
            if (Notices.attempt(() -> training.sessions.score(sessionId, item.getValue().item().key(),
                    verdict.getValue().equals("Earned"), note.getValue()), "Score saved")) {
                render();
            }
        });
        HorizontalLayout form = new HorizontalLayout(item, verdict, note, save);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }
}
