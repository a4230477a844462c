package com.acme.notes;

import app.settle.api.SettlePlugin;
import java.util.Optional;

public class NotesPlugin extends SettlePlugin {

    static volatile int starts;

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/notes/changelog.xml");
    }

    @Override
    public void start() {
        starts++;
        host().events().subscribe(String.class, text -> { });
    }
}
