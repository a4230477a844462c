package app.settle.portal.plugins;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.FileUploadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload of a plugin jar, the verdict of its checks, and the button that installs (or upgrades to) it.
 * The upload is written to a folder of this panel's own, outside the plugins folder, and deleted once it is
 * installed or discarded or the page is left. The size limit applies in the browser, to the upload request on
 * the server, and again in the checks.
 */
class PluginUploadPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(PluginUploadPanel.class);

    private final PluginHost host;
    private final Consumer<PluginChange> changed;
    private final Upload upload;
    private final Div verdictBox = new Div();
    private Path stagingDir;
    private Path staged;

    /**
     * @param host    the plugin host
     * @param changed told after every install or upgrade attempt, to refresh the list and the menu
     */
    PluginUploadPanel(PluginHost host, Consumer<PluginChange> changed) {
        this.host = host;
        this.changed = changed;
        setPadding(false);
        addClassName("settle-plugin-upload");
        H3 title = new H3("Install or upgrade a plugin");
        Paragraph hint = new Paragraph("Upload a plugin jar of at most "
                + PluginJarInspector.size(host.maxUploadBytes()) + ". It is checked before anything in it runs;"
                + " you install it after reading the result.");
        hint.addClassName("settle-hint");
        long maxBytes = host.maxUploadBytes();
        upload = new Upload(new FileUploadHandler(
                (metadata, file) -> checkUpload(metadata.fileName(), file.toPath()),
                metadata -> Files.createTempFile(stagingDir(), "upload-", ".jar").toFile()) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }
        });
        upload.setId("settle-plugin-upload");
        upload.setAcceptedFileTypes(".jar", "application/java-archive");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(host.maxUploadBytes(), Integer.MAX_VALUE));
        upload.setDropLabel(new Span("Drop a plugin jar here"));
        upload.getElement().setAttribute("aria-label", "Plugin jar to check");
        upload.addFileRejectedListener(rejected -> PluginManagerView.notify(rejected.getFileName() + " was not "
                + "accepted: " + rejected.getErrorMessage(), NotificationVariant.ERROR));
        verdictBox.addClassName("settle-plugin-verdict");
        verdictBox.setVisible(false);
        add(title, hint, upload, verdictBox);
    }

    private void checkUpload(String fileName, Path file) {
        discardStaged();
        staged = file;
        try {
            showVerdict(host.check(file, fileName), fileName);
        } catch (RuntimeException e) {
            log.error("Checking the upload {} failed", fileName, e);
            discard();
            PluginManagerView.notify("Could not check " + fileName + ": " + e.getMessage(), NotificationVariant.ERROR);
        }
    }

    private void showVerdict(PluginVerdict verdict, String fileName) {
        verdictBox.removeAll();
        H4 headline = new H4(verdict.headline());
        headline.addClassName(verdict.accepted() ? "settle-verdict-accepted" : "settle-verdict-refused");
        UnorderedList list = new UnorderedList();
        list.addClassName("settle-checks");
        for (PluginVerdict.Check check : verdict.checks()) {
            list.add(checkItem(check));
        }
        Button install = new Button(verdict.upgrade() ? "Upgrade to " + verdict.version() : "Install",
                click -> install(fileName));
        install.addThemeVariants(ButtonVariant.PRIMARY);
        install.setEnabled(verdict.accepted());
        install.setId("settle-plugin-install");
        Button discard = new Button("Discard", click -> discard());
        discard.setId("settle-plugin-discard");
        verdictBox.add(headline, list, new HorizontalLayout(install, discard));
        verdictBox.setVisible(true);
        if (verdict.accepted()) {
            install.focus();
        } else {
            discard.focus();
        }
    }

    private static Component checkItem(PluginVerdict.Check check) {
        Span mark = new Span(check.passed() ? "✓" : "✗");
        mark.addClassName("settle-check-mark");
        mark.getElement().setAttribute("aria-label", check.passed() ? "passed" : "failed");
        Span name = new Span(check.name() + ": ");
        name.addClassName("settle-check-name");
        ListItem item = new ListItem(mark, name, new Span(check.detail()));
        item.addClassNames("settle-check", check.passed() ? "settle-check-passed" : "settle-check-failed");
        return item;
    }

    private void install(String fileName) {
        if (staged == null) {
            return;
        }
        PluginChange change;
        try {
            change = host.install(staged, fileName);
        } catch (RuntimeException e) {
            log.error("Installing {} failed", fileName, e);
            change = new PluginChange(false, "Could not install " + fileName + ": " + e.getMessage(), null);
        }
        PluginManagerView.notify(change.message(),
                change.succeeded() ? NotificationVariant.SUCCESS : NotificationVariant.ERROR);
        discard();
        changed.accept(change);
    }

    private void discard() {
        discardStaged();
        verdictBox.removeAll();
        verdictBox.setVisible(false);
        upload.clearFileList();
    }

    private void discardStaged() {
        if (staged != null) {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException e) {
                log.warn("Could not delete the upload {}: {}", staged, e.toString());
            }
            staged = null;
        }
    }

    private Path stagingDir() throws IOException {
        if (stagingDir == null) {
            stagingDir = Files.createTempDirectory("settle-plugin-upload-");
        }
        return stagingDir;
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardStaged();
        if (stagingDir != null) {
            try (Stream<Path> files = Files.walk(stagingDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                log.warn("Could not delete the upload folder {}: {}", stagingDir, e.toString());
            }
            stagingDir = null;
        }
        super.onDetach(detachEvent);
    }
}
