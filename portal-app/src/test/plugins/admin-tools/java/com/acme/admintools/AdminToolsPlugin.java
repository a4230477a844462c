package com.acme.admintools;

import app.settle.api.SettlePlugin;

public class AdminToolsPlugin extends SettlePlugin {
}
