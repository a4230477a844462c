package com.acme.failingmigration;

import app.settle.api.SettlePlugin;
import java.util.Optional;

public class FailingMigrationPlugin extends SettlePlugin {

    public static volatile boolean started;

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/failing-migration/changelog.xml");
    }

    @Override
    public void start() {
        started = true;
    }
}
