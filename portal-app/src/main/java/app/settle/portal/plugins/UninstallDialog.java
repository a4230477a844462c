package app.settle.portal.plugins;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks before a plugin is uninstalled whether its data stays (for a later install) or goes, naming the tables
 * that would be dropped.
 */
class UninstallDialog extends Dialog {

    /**
     * @param status the plugin to uninstall
     * @param tables the tables a purge drops
     * @param choice told {@code true} to purge its data, {@code false} to keep it; not told on cancel
     */
    UninstallDialog(PluginStatus status, List<String> tables, Consumer<Boolean> choice) {
        setHeaderTitle("Uninstall " + status.id() + " " + status.version() + "?");
        addClassName("settle-uninstall-dialog");
        setWidth("36rem");
        setMaxWidth("95vw");
        Paragraph what = new Paragraph("Its views and menu entries go at once and its jar is deleted from the "
                + "plugins folder.");
        Paragraph data = new Paragraph(tables.isEmpty()
                ? "It has no tables in the database."
                : "Its data: " + tables.size() + (tables.size() == 1 ? " table, " : " tables, ")
                        + String.join(", ", tables) + ". Keep them to install it again later with its data, or "
                        + "delete them for good.");
        data.addClassName("settle-uninstall-data");
        add(what, data);

        Button keep = new Button(tables.isEmpty() ? "Uninstall" : "Uninstall, keep data", click -> {
            close();
            choice.accept(false);
        });
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        keep.setId("settle-uninstall-keep");
        Button purge = new Button("Uninstall and delete data", click -> {
            close();
            choice.accept(true);
        });
        purge.addThemeVariants(ButtonVariant.ERROR);
        purge.setId("settle-uninstall-purge");
        purge.setVisible(!tables.isEmpty());
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("settle-uninstall-cancel");
        getFooter().add(cancel, purge, keep);
        setCloseOnEsc(true);
    }
}
