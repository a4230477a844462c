package app.settle.trainer;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import app.settle.trainer.call.CallSimulation;
import app.settle.trainer.scenario.Problem;
import app.settle.trainer.scenario.Scenario;
import app.settle.trainer.scenario.ScenarioCheck;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Trainers: the scenarios trainees play, and authoring: upload a file or edit a scenario's text, validate it (every
 * problem with its line), preview it as a trainee would play it, save it as a new version and publish it.
 */
@Extension
public class ScenariosView implements ViewContribution {

    static final int MAX_UPLOAD_BYTES = 200_000;

    @Override
    public String route() {
        return "training/scenarios";
    }

    @Override
    public String title() {
        return "Training scenarios";
    }

    @Override
    public String icon() {
        return "vaadin:book";
    }

    @Override
    public int order() {
        return 312;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.TRAINER);
    }

    @Override
    public Component createView(HostContext host) {
        return new Authoring(Training.get());
    }

    static final class Authoring extends VerticalLayout {

        private final Training training;
        private final TextArea editor = new TextArea("Scenario text");
        private final Div problems = new Div();
        private final Grid<ScenarioLibrary.Entry> playable = new Grid<>();
        private final Grid<ScenarioLibrary.Version> versions = new Grid<>();

        Authoring(Training training) {
            this.training = training;
            editor.setWidthFull();
            editor.setHeight("28rem");
            editor.setMaxLength(100_000);
            editor.setId("trainer-editor");
            editor.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)")
                    .set("font-size", "var(--lumo-font-size-s)");
            editor.setHelperText("Format: training-content/README.md. Start from a shipped scenario with 'Edit a copy'.");
            problems.setId("trainer-problems");

            playable.addColumn(entry -> entry.scenario().title()).setHeader("Scenario").setFlexGrow(2);
            playable.addColumn(ScenarioLibrary.Entry::key).setHeader("Id").setAutoWidth(true);
            playable.addColumn(entry -> entry.scenario().difficulty().label()).setHeader("Difficulty").setAutoWidth(true);
            playable.addColumn(ScenarioLibrary.Entry::origin).setHeader("From").setAutoWidth(true);
            playable.addComponentColumn(entry -> {
                Button edit = new Button("Edit a copy", click -> {
                    editor.setValue(entry.source());
                    problems.removeAll();
                    editor.focus();
                });
                edit.addThemeVariants(ButtonVariant.SMALL);
                return edit;
            }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
            playable.addThemeVariants(GridVariant.ROW_STRIPES);
            playable.setAllRowsVisible(true);
            playable.setId("trainer-playable");

            versions.addColumn(ScenarioLibrary.Version::key).setHeader("Id").setAutoWidth(true);
            versions.addColumn(ScenarioLibrary.Version::version).setHeader("Version").setAutoWidth(true);
            versions.addColumn(ScenarioLibrary.Version::title).setHeader("Title").setFlexGrow(2);
            versions.addColumn(v -> v.published() ? "Published" : "Draft").setHeader("State").setAutoWidth(true);
            versions.addColumn(v -> v.createdBy() + ", " + Parts.when(v.createdAt())).setHeader("Saved").setAutoWidth(true);
            versions.addComponentColumn(this::versionActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
            versions.addThemeVariants(GridVariant.ROW_STRIPES);
            versions.setAllRowsVisible(true);
            versions.setId("trainer-versions");

            Button validate = new Button("Validate", click -> validate());
            validate.setId("trainer-validate");
            Button preview = new Button("Preview", click -> preview());
            preview.setId("trainer-preview");
            Button save = new Button("Save as new version", click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("trainer-save");

            add(new H3("Scenarios trainees play"), playable, loadProblems(), new H3("Write or upload a scenario"),
                    upload(), editor, new HorizontalLayout(validate, preview, save), problems,
                    new H3("Versions saved in the portal"), versions);
            refresh();
        }

        private Component upload() {
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
                String text = decode(bytes);
                getUI().ifPresent(ui -> ui.access(() -> {
                    if (text == null) {
                        showProblems(java.util.List.of(new Problem(0, metadata.fileName() + " is not UTF-8 text")));
                        return;
                    }
                    editor.setValue(text);
                    validate();
                }));
            }));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(MAX_UPLOAD_BYTES);
            upload.setAcceptedFileTypes(".scn", ".txt", "text/plain");
            upload.setDropLabel(new Span("Drop a .scn file here (at most 200 KB); it opens in the editor, nothing is"
                    + " saved until you save it"));
            upload.addFileRejectedListener(rejected -> Notices.error("Not done: " + rejected.getErrorMessage()));
            return upload;
        }

        private static String decode(byte[] bytes) {
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        private Component loadProblems() {
            Div box = new Div();
            if (!training.library.loadProblems().isEmpty()) {
                box.add(Parts.hint("Scenario files that did not load:"));
                UnorderedList list = new UnorderedList();
                training.library.loadProblems().forEach(problem -> list.add(new ListItem(problem)));
                box.add(list);
            }
            return box;
        }

        private Component versionActions(ScenarioLibrary.Version version) {
            HorizontalLayout actions = new HorizontalLayout();
            Button open = new Button("Open", click -> training.library.storedSource(version.id()).ifPresent(text -> {
                editor.setValue(text);
                problems.removeAll();
            }));
            open.addThemeVariants(ButtonVariant.SMALL);
            actions.add(open);
            if (!version.published()) {
                Button publish = new Button("Publish", click -> {
                    if (Notices.attempt(() -> training.library.publish(version.id()),
                            version.title() + " version " + version.version() + " published: trainees now play it")) {
                        refresh();
                    }
                });
                publish.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
                publish.setId("trainer-publish-" + version.key() + "-" + version.version());
                actions.add(publish);
            }
            return actions;
        }

        private ScenarioCheck.Result validate() {
            ScenarioCheck.Result result = ScenarioCheck.check(editor.getValue());
            showProblems(result.problems());
            return result;
        }

        private void showProblems(java.util.List<Problem> found) {
            problems.removeAll();
            if (found.isEmpty()) {
                problems.add(Parts.badge("Valid", true), new Span("No problems: preview it, then save and publish."));
                return;
            }
            problems.add(Parts.badge(found.size() == 1 ? "1 problem" : found.size() + " problems", false));
            UnorderedList list = new UnorderedList();
            found.stream().limit(100).forEach(problem -> list.add(new ListItem(problem.toString())));
            problems.add(list);
        }

        private void preview() {
            ScenarioCheck.Result result = validate();
            if (result.scenario().isEmpty()) {
                Notices.error("Not done: fix the problems before previewing");
                return;
            }
            Scenario scenario = result.scenario().get();
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle("Preview: " + scenario.title());
            dialog.setWidth("min(60rem, 95vw)");
            VerticalLayout body = new VerticalLayout(Parts.hint("A preview: the call is not recorded."),
                    Parts.personaCard(scenario, true));
            body.add(new CallPanel(new CallSimulation(scenario), call -> body.add(Parts.scorecard(call.scorecard()))));
            body.setPadding(false);
            dialog.add(body);
            dialog.getFooter().add(new Button("Close preview", click -> dialog.close()));
            dialog.open();
        }

        private void save() {
            if (!validate().valid()) {
                Notices.error("Not done: the scenario has problems (listed under the editor)");
                return;
            }
            Notices.attempt(() -> {
                ScenarioLibrary.Version saved = training.library.saveDraft(editor.getValue());
                refresh();
                problems.add(new Span(" Saved as version " + saved.version() + " (draft): publish it when ready."));
            }, "Saved");
        }

        private void refresh() {
            playable.setItems(training.library.playable());
            versions.setItems(training.library.versions());
        }
    }
}
