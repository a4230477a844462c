package app.settle.trainer;

import app.settle.trainer.call.ItemResult;
import app.settle.trainer.call.Speaker;
import app.settle.trainer.scenario.Node;
import app.settle.trainer.scenario.Scenario;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One side of a live session. The trainer sees the persona, the scenario's lines and cues, plays the debtor and
 * scores the rubric; the trainee plays the collector. Both screens show the same transcript and status and update
 * at once when the other side acts: each change is stored, then {@link LiveRooms} tells every screen of the
 * session, which refreshes through its own {@code UI.access} (Vaadin push).
 */
final class LivePanel extends VerticalLayout {

    private final Training training;
    private final long sessionId;
    private final boolean trainerSide;
    private final Scenario scenario;
    private final Span status = new Span();
    private final Paragraph people = new Paragraph();
    private final Div transcript = new Div();
    private final Div scores = new Div();
    private final Div result = new Div();
    private final TextArea words = new TextArea();
    private final Button send = new Button("Say it");
    private final HorizontalLayout finishRow = new HorizontalLayout();
    private Runnable unsubscribe;

    LivePanel(Training training, long sessionId, boolean trainerSide) {
        this.training = training;
        this.sessionId = sessionId;
        this.trainerSide = trainerSide;
        SessionStore.Review review = training.sessions.review(sessionId);
        this.scenario = review.scenario();
        setPadding(false);
        setId(trainerSide ? "trainer-live-trainer" : "trainer-live-trainee");

        words.setLabel(trainerSide ? "Say as the debtor" : "Say as the collector");
        words.setMaxLength(SessionStore.MAX_TEXT);
        words.setWidthFull();
        words.setId("trainer-live-words");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("trainer-live-send");
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(words);
        send.addClickListener(click -> say());
        words.setHelperText("Ctrl+Enter sends");
        status.setId("trainer-live-status");

        VerticalLayout talk = new VerticalLayout(new H3("Transcript"), transcript, words, send, result);
        talk.setPadding(false);
        talk.getStyle().set("flex", "3 1 24rem");
        FlexLayout columns = new FlexLayout(talk);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.setWidthFull();
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        if (trainerSide) {
            VerticalLayout side = new VerticalLayout(scores, finishRow, Parts.personaCard(scenario, true), script());
            side.setPadding(false);
            side.getStyle().set("flex", "2 1 20rem");
            columns.add(side);
        } else {
            Div account = Parts.accountCard(scenario);
            account.getStyle().set("flex", "2 1 20rem").set("align-self", "flex-start");
            columns.add(account);
        }
        add(new H3(scenario.title()), new Paragraph(status, people), columns);
        render(review);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = training.rooms.subscribe(sessionId, () -> ui.access(() -> render(training.sessions.reviewOf(sessionId))));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
    }

    private void say() {
        if (Notices.attempt(() -> training.sessions.say(sessionId, trainerSide ? Speaker.DEBTOR : Speaker.COLLECTOR,
                words.getValue(), null), null)) {
            words.clear();
            words.focus();
            training.rooms.changed(sessionId);
        }
    }

    private void render(SessionStore.Review review) {
        StoredSession session = review.session();
        status.setText(session.status().label());
        status.setClassName("settle-badge " + (session.finished() ? "settle-badge-contrast" : "settle-badge-success"));
        people.getChildren().filter(child -> child != status).toList().forEach(people::remove);
        String who = " Trainer: " + session.trainerName() + " · Trainee: "
                + (session.traineeName() == null ? "not joined yet" : session.traineeName());
        people.add(new Span(who));
        if (trainerSide && session.status() == StoredSession.Status.WAITING) {
            Span code = new Span(" · Code for the trainee: " + session.joinCode());
            code.setId("trainer-live-code");
            code.getStyle().set("font-weight", "700").set("font-size", "var(--lumo-font-size-l)");
            people.add(code);
        }
        transcript.removeAll();
        transcript.add(Parts.transcript(review.turns()));
        boolean active = session.status() == StoredSession.Status.ACTIVE;
        words.setEnabled(active);
        send.setEnabled(active);
        result.removeAll();
        if (session.finished()) {
            result.add(Parts.line("Outcome", session.ending()), Parts.scorecard(review.scorecard()));
        }
        if (trainerSide) {
            renderScoring(review);
        }
    }

    private Details script() {
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.setSpacing(false);
        for (Node node : scenario.nodes().values()) {
            Button use = new Button("Use", click -> words.setValue(node.debtorLine()));
            use.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            Paragraph line = new Paragraph(new Span(node.debtorLine()), use);
            line.getStyle().set("margin", "var(--lumo-space-xs) 0 0");
            lines.add(line);
            if (node.cue() != null) {
                Paragraph cue = new Paragraph("Cue: " + node.cue());
                cue.addClassName("settle-muted");
                cue.getStyle().set("margin", "0");
                lines.add(cue);
            }
        }
        Details details = new Details("Debtor's lines and cues", lines);
        details.setOpened(true);
        details.setId("trainer-live-script");
        return details;
    }

    private void renderScoring(SessionStore.Review review) {
        scores.removeAll();
        Div card = Parts.card("Score the rubric");
        card.setId("trainer-live-rubric");
        for (ItemResult item : review.scorecard().items()) {
            TextField note = new TextField();
            note.setPlaceholder("What you saw (optional)");
            note.setMaxLength(SessionStore.MAX_TEXT);
            Button earned = scoreButton("Earned", item, note, true);
            Button lost = scoreButton("Lost", item, note, false);
            Span state = Parts.badge(item.status().label(), item.status() == ItemResult.Status.EARNED);
            if (item.status() == ItemResult.Status.NOT_SHOWN) {
                state.setClassName("settle-badge settle-badge-contrast");
            }
            Paragraph label = new Paragraph(state, new Span(item.item().label()));
            label.getStyle().set("margin", "var(--lumo-space-s) 0 0");
            HorizontalLayout row = new HorizontalLayout(note, earned, lost);
            row.setAlignItems(Alignment.BASELINE);
            card.add(label, row);
        }
        scores.add(card);
        finishRow.removeAll();
        if (!review.session().finished()) {
            TextField outcome = new TextField("Outcome");
            outcome.setPlaceholder("e.g. Promise to pay 200 USD on Friday");
            outcome.setMaxLength(SessionStore.MAX_TEXT);
            outcome.setId("trainer-live-outcome");
            Button finish = new Button("Finish session", click -> {
                if (Notices.attempt(() -> training.sessions.finish(sessionId, outcome.getValue()), "Session finished and saved")) {
                    training.rooms.changed(sessionId);
                }
            });
            finish.setId("trainer-live-finish");
            finishRow.add(outcome, finish);
            finishRow.setAlignItems(Alignment.BASELINE);
        }
    }

    private Button scoreButton(String text, ItemResult item, TextField note, boolean earned) {
        Button button = new Button(text, click -> {
            if (Notices.attempt(() -> training.sessions.score(sessionId, item.item().key(), earned, note.getValue()),
                    item.item().label() + ": " + text.toLowerCase(java.util.Locale.ROOT))) {
                training.rooms.changed(sessionId);
            }
        });
        button.addThemeVariants(ButtonVariant.SMALL, earned ? ButtonVariant.SUCCESS : ButtonVariant.ERROR);
        button.setId("trainer-score-" + item.item().key() + "-" + (earned ? "earned" : "lost"));
        return button;
    }
}
