package com.acme.internals;

import app.settle.api.SettlePlugin;
import app.settle.portal.audit.AuditTrail;
import org.mariadb.jdbc.Driver;

public class UsesInternalsPlugin extends SettlePlugin {

    AuditTrail trail;

    @Override
    public void start() {
        new Driver();
    }
}
