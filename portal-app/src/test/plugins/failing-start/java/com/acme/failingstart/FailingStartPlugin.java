package com.acme.failingstart;

import app.settle.api.SettlePlugin;

public class FailingStartPlugin extends SettlePlugin {

    @Override
    public void start() {
        throw new IllegalStateException("licence server unreachable");
    }
}
