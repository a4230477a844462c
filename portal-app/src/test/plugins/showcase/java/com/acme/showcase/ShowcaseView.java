package com.acme.showcase;

import app.settle.api.HostContext;
import app.settle.api.Role;
import app.settle.api.ViewContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

/** A plugin view made of components the portal's own views never use. */
@Extension
public class ShowcaseView implements ViewContribution {

    @Override
    public String route() {
        return "showcase";
    }

    @Override
    public String title() {
        return "Component showcase";
    }

    @Override
    public String icon() {
        return "vaadin:grid-small";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.allOf(Role.class);
    }

    @Override
    public Component createView(HostContext host) {
        String who = host.currentUser().require().displayName();
        DatePicker promiseDate = new DatePicker("Promise date", LocalDate.of(2026, 12, 1));
        promiseDate.setId("showcase-date");
        ComboBox<String> outcome = new ComboBox<>("Outcome", "No answer", "Right-party contact", "Promise to pay");
        outcome.setId("showcase-outcome");
        RadioButtonGroup<String> channel = new RadioButtonGroup<>("Channel", "Call", "Email", "Letter");
        channel.setId("showcase-channel");
        CheckboxGroup<String> flags = new CheckboxGroup<>("Flags", "Hardship", "Callback");
        TextArea notes = new TextArea("Notes");
        notes.setId("showcase-notes");
        ProgressBar progress = new ProgressBar(0, 1, 0.4);
        progress.setId("showcase-progress");
        TabSheet tabs = new TabSheet();
        tabs.add("Summary", new Paragraph("Summary tab"));
        tabs.add("History", new Paragraph("History tab"));
        Details details = new Details("Plugin details", new Paragraph("Loaded from the showcase plugin jar."));
        details.setId("showcase-details");
        Paragraph greeting = new Paragraph("Rendered by the showcase plugin for " + who + ".");
        greeting.setId("showcase-greeting");
        return new VerticalLayout(new H2("Showcase plugin"), greeting, promiseDate, outcome, channel, flags, notes,
                progress, tabs, details);
    }
}
