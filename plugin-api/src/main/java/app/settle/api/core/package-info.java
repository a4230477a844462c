/**
 * The host's collections domain as plugins see it: value types ({@link app.settle.api.core.Money},
 * {@link app.settle.api.core.AgingBucket}), services that change core data on the plugin's behalf with audit
 * and timeline ({@link app.settle.api.core.Holds}, {@link app.settle.api.core.Timeline},
 * {@link app.settle.api.core.ContactLog}), team-scoped reads ({@link app.settle.api.core.Accounts}) and the
 * account workspace extension point ({@link app.settle.api.core.WorkspacePanel}). Plugins read core tables
 * through the generated classes in {@code app.settle.api.db} and write them only through these services.
 */
package app.settle.api.core;
