package com.acme.future;

import app.settle.api.SettlePlugin;

public class FuturePlugin extends SettlePlugin {
}
