package app.settle.smsdemo;

import app.settle.api.SettlePlugin;

/**
 * A demonstration SMS provider: its only extension is {@link FileSmsChannel}, which "sends" text messages by writing
 * them to a file in the plugin's data folder and "receives" replies from another file there. It has no tables and
 * no state of its own beyond those two files.
 */
public class SmsDemoPlugin extends SettlePlugin {
}
