package com.acme.viewthrows;

import app.settle.api.SettlePlugin;

public class ViewThrowsPlugin extends SettlePlugin {
}
