package com.acme.missing;

import app.settle.api.SettlePlugin;

public class MissingClassPlugin extends SettlePlugin {

    @Override
    public void start() {
        LeftOutHelper.greet();
    }
}
