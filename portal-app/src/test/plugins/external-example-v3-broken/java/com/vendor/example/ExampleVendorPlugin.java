package com.vendor.example;

import app.settle.api.SettlePlugin;
import java.util.Optional;

/** A vendor's plugin, compiled against the plugin-api jar and its provided libraries only. */
public class ExampleVendorPlugin extends SettlePlugin {

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/external-example/changelog.xml");
    }
}
