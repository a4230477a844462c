package app.settle.worklist;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Scoring, for supervisors and administrators: points for ranges of each component's measure. Saving replaces the
 * model (checked for overlapping ranges first) and recomputes every account's score.
 */
@Extension
public class ScoringView implements ViewContribution {

    @Override
    public String route() {
        return "worklist/scoring";
    }

    @Override
    public String title() {
        return "Scoring";
    }

    @Override
    public String icon() {
        return "vaadin:scale";
    }

    @Override
    public int order() {
        return 111;
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
        private final Map<ScoreComponent, Div> rowsByComponent = new EnumMap<>(ScoreComponent.class);

        Screen(HostContext host) {
            this.host = host;
            Access.requireSupervisor(host);
            setWidthFull();
            Paragraph intro = new Paragraph("An account's score is the sum of the points of the range each of its"
                    + " measures falls in (from inclusive, up to exclusive; an empty \"up to\" has no end). Every"
                    + " account shows its points per component in the workspace and on the worklist.");
            intro.addClassName("settle-muted");
            add(intro);
            Div cards = new Div();
            cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(26rem, 1fr))")
                    .set("gap", "1rem").set("width", "100%");
            ScoreModel model = new ScoreModels(host).current();
            for (ScoreComponent component : ScoreComponent.values()) {
                Div rows = new Div();
                rows.setId("bands-" + component.name().toLowerCase());
                rowsByComponent.put(component, rows);
                model.bands(component).forEach(band -> rows.add(bandRow(band)));
                Button add = new Button("Add range", VaadinIcon.PLUS.create(), click -> rows.add(bandRow(null)));
                add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                Div card = new Div(new H3(component.label()), muted("Ranges of " + component.measure()), columnNames(),
                        rows, add);
                card.addClassName("settle-card");
                cards.add(card);
            }
            Button save = new Button("Save and recompute scores", click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
            save.getElement().setAttribute("title", "Save (Ctrl+Enter)");
            save.setId("scoring-save");
            add(cards, save);
        }

        private Component bandRow(ScoreBand band) {
            BigDecimalField from = new BigDecimalField();
            from.setPlaceholder("from");
            from.setWidth("8rem");
            from.setAriaLabel("From");
            BigDecimalField to = new BigDecimalField();
            to.setPlaceholder("up to (none)");
            to.setWidth("8rem");
            to.setAriaLabel("Up to");
            IntegerField points = new IntegerField();
            points.setPlaceholder("points");
            points.setWidth("6rem");
            points.setAriaLabel("Points");
            if (band != null) {
                from.setValue(band.from().stripTrailingZeros());
                to.setValue(band.to() == null ? null : band.to().stripTrailingZeros());
                points.setValue(band.points());
            }
            HorizontalLayout row = new HorizontalLayout(from, to, points);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> row.removeFromParent());
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            remove.setAriaLabel("Remove this range");
            row.add(remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.addClassName("worklist-band");
            return row;
        }

        private void save() {
            Notices.attempt(() -> {
                List<ScoreBand> bands = new ArrayList<>();
                rowsByComponent.forEach((component, rows) -> rows.getChildren().forEach(child -> {
                    HorizontalLayout row = (HorizontalLayout) child;
                    BigDecimalField from = (BigDecimalField) row.getComponentAt(0);
                    BigDecimalField to = (BigDecimalField) row.getComponentAt(1);
                    IntegerField points = (IntegerField) row.getComponentAt(2);
                    if (from.getValue() == null && to.getValue() == null && points.getValue() == null) {
                        return;
                    }
                    if (from.getValue() == null || points.getValue() == null) {
                        throw new IllegalArgumentException(component.label() + ": every range needs a start and points.");
                    }
                    bands.add(new ScoreBand(component, from.getValue(), to.getValue(), points.getValue()));
                }));
                new ScoreModels(host).replace(bands);
                int accounts = new Recompute(host).run(Scope.all());
                return "Scoring saved; scores recomputed" + (accounts > 0 ? "." : " (no accounts yet).");
            });
        }

        private static Component columnNames() {
            HorizontalLayout names = new HorizontalLayout();
            for (String[] name : new String[][] {{"From", "8rem"}, {"Up to", "8rem"}, {"Points", "6rem"}}) {
                com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span(name[0]);
                label.setWidth(name[1]);
                label.addClassName("settle-muted");
                names.add(label);
            }
            return names;
        }

        private static Component muted(String text) {
            Paragraph p = new Paragraph(text);
            p.addClassName("settle-muted");
            return p;
        }
    }
}
