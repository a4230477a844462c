package com.acme.frontend;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

@Tag("fancy-gauge")
@NpmPackage(value = "fancy-gauge", version = "1.0.0")
@JsModule("fancy-gauge/fancy-gauge.js")
public class FancyGauge extends Component {
}
