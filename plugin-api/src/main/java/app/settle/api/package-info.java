/**
 * Settle's plugin API: the only contract a plugin compiles against.
 *
 * <p>A plugin is a PF4J plugin whose plugin class extends {@link app.settle.api.SettlePlugin}. The host
 * hands it a {@link app.settle.api.HostContext} (data access, current user, audit, clock, settings,
 * events) before it starts, and collects its extensions, such as {@link app.settle.api.ViewContribution},
 * once it has started. Everything here is {@code provided} for plugins: PF4J, Vaadin and jOOQ come
 * from the host at run time and are never bundled in a plugin jar.
 *
 * <p>The API follows semantic versioning ({@link app.settle.api.HostApi#VERSION}); a plugin states the
 * range it works with in its manifest ({@code Plugin-Requires}, for example {@code >=1.0.0 & <2.0.0}).
 */
package app.settle.api;
