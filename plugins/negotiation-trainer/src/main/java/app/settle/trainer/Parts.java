package app.settle.trainer;

import app.settle.trainer.call.ItemResult;
import app.settle.trainer.call.Moment;
import app.settle.trainer.call.Scorecard;
import app.settle.trainer.call.Turn;
import app.settle.trainer.scenario.Scenario;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The pieces several trainer screens show: the persona and account card, a transcript, a scorecard. Every text
 * from a scenario or a user goes through {@code setText} (Vaadin escapes it), never through HTML.
 */
final class Parts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'");

    private Parts() {
    }

    /** The debtor and the account; {@code forTrainer} adds what the debtor can really pay. */
    static Component personaCard(Scenario scenario, boolean forTrainer) {
        Div card = card("Debtor: " + scenario.persona().name());
        card.add(line("Temperament", scenario.persona().temperament()), line("Situation", scenario.persona().situation()));
        if (forTrainer) {
            card.add(line("Can really pay", scenario.persona().canPay()));
        }
        UnorderedList facts = new UnorderedList();
        scenario.accountFacts().forEach(fact -> facts.add(new ListItem(fact)));
        card.add(line("Difficulty", scenario.difficulty().label()), facts);
        card.setId("trainer-persona");
        return card;
    }

    /** What a collector knows before the call: whom to ask for and the account, nothing of the debtor's mind. */
    static Div accountCard(Scenario scenario) {
        Div card = card("Account");
        UnorderedList facts = new UnorderedList();
        scenario.accountFacts().forEach(fact -> facts.add(new ListItem(fact)));
        card.add(facts);
        card.setId("trainer-account");
        return card;
    }

    static Div card(String title) {
        Div card = new Div();
        card.addClassName("settle-card");
        H3 heading = new H3(title);
        heading.addClassName("settle-card-title");
        card.add(heading);
        return card;
    }

    static Paragraph line(String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        Paragraph paragraph = new Paragraph(name, new Span(value));
        paragraph.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return paragraph;
    }

    /** The call so far, one paragraph a line, numbered as the scorecard refers to them. */
    static Div transcript(List<Turn> turns) {
        Div box = new Div();
        box.setId("trainer-transcript");
        box.getStyle().set("max-height", "24rem").set("overflow", "auto");
        for (Turn turn : turns) {
            Paragraph line = new Paragraph();
            Span who = new Span(turn.number() + ". " + turn.speaker().label() + ": ");
            who.getStyle().set("font-weight", "600");
            line.add(who, new Span(turn.text()));
            line.addClassName("trainer-turn");
            line.getStyle().set("margin", "var(--lumo-space-xs) 0");
            box.add(line);
        }
        return box;
    }

    /** Each rubric item with its status, points and the moments behind it; the total and pass or fail on top. */
    static Div scorecard(Scorecard card) {
        Div box = card("Scorecard");
        box.setId("trainer-scorecard");
        Span verdict = badge(card.passed() ? "Passed" : "Not passed", card.passed());
        box.add(new Paragraph(verdict, new Span(card.summary())));
        for (ItemResult result : card.items()) {
            Div item = new Div();
            item.addClassName("trainer-score-item");
            item.getStyle().set("padding", "var(--lumo-space-xs) 0")
                    .set("border-bottom", "1px solid var(--lumo-contrast-5pct)");
            Span status = badge(result.status().label(), result.status() == ItemResult.Status.EARNED);
            if (result.status() == ItemResult.Status.NOT_SHOWN) {
                status.setClassName("settle-badge settle-badge-contrast");
            }
            Span label = new Span(result.item().label() + (result.item().critical() ? " (critical)" : ""));
            Span points = new Span(" " + result.points() + " of " + result.item().points());
            points.addClassName("settle-muted");
            item.add(status, label, points);
            for (Moment moment : result.moments()) {
                Paragraph why = new Paragraph((moment.earned() ? "+ " : "− ") + moment.reason()
                        + (moment.turn() > 0 ? " (line " + moment.turn() + ")" : ""));
                why.addClassName("settle-muted");
                why.getStyle().set("margin", "0 0 0 var(--lumo-space-l)");
                item.add(why);
            }
            box.add(item);
        }
        return box;
    }

    static Span badge(String text, boolean good) {
        Span badge = new Span(text);
        badge.addClassNames("settle-badge", good ? "settle-badge-success" : "settle-badge-error");
        return badge;
    }

    static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("settle-hint");
        return hint;
    }

    static String when(LocalDateTime at) {
        return at == null ? "" : WHEN.format(at);
    }

    static String percent(StoredSession session) {
        return session.scaled() == null ? "—"
                : session.scaled().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
    }
}
