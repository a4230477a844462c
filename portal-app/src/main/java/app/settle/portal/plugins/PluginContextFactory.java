package app.settle.portal.plugins;

import app.settle.api.CurrentUser;
import app.settle.api.HostContext;
import app.settle.api.compliance.ComplianceGuard;
import app.settle.portal.accounts.AccountScope;
import app.settle.portal.assignment.AssignmentService;
import app.settle.portal.audit.AuditTrail;
import app.settle.portal.contacts.ContactLogService;
import app.settle.portal.events.HostEventBus;
import app.settle.portal.holds.HoldService;
import app.settle.portal.jobs.JobLockService;
import app.settle.portal.payments.BalanceAdjustmentService;
import app.settle.portal.timeline.TimelineService;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The host services behind every plugin's {@link HostContext}; makes one context per plugin start. */
@Component
record PluginContextFactory(DSLContext dsl, CurrentUser currentUser, AuditTrail auditTrail, Clock clock,
                            Environment environment, HostEventBus events, ComplianceGuard compliance,
                            AccountScope accounts, HoldService holds, TimelineService timeline,
                            ContactLogService contacts, BalanceAdjustmentService adjustments,
                            PluginHostProperties properties, AssignmentService assignment,
                            JobLockService jobLocks, PluginMessageChannels messageChannels,
                            HostOptOuts optOuts, PluginPublicPages publicPages) {

    HostContext create(String pluginId) {
        return new PluginHostContext(pluginId, this);
    }
}
