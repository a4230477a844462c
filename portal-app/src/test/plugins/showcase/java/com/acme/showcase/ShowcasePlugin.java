package com.acme.showcase;

import app.settle.api.SettlePlugin;

public class ShowcasePlugin extends SettlePlugin {
}
