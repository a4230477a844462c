package com.acme.frontend;

import app.settle.api.SettlePlugin;

public class FrontendCodePlugin extends SettlePlugin {
}
