package app.settle.portal.plugins;

import app.settle.portal.shell.MainLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.stereotype.Component;

/**
 * Keeps Vaadin's application route registry in step with the started plugins' views: registers them when
 * the Vaadin service starts and whenever a plugin starts later, removes them when it stops. Every plugin
 * route leads to {@link PluginViewHost} inside the portal shell, which applies the access rules.
 */
@Component
class PluginRouteRegistrar implements VaadinServiceInitListener {

    private final PluginViews views;

    PluginRouteRegistrar(PluginViews views) {
        this.views = views;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        PluginViews.Listener listener = new PluginViews.Listener() {
            @Override
            public void added(String route) {
                routes.setRoute(route, PluginViewHost.class, MainLayout.class);
            }

            @Override
            public void removed(String route) {
                routes.removeRoute(route);
            }
        };
        views.routes().forEach(listener::added);
        views.addListener(listener);
        event.getSource().addServiceDestroyListener(destroyed -> views.removeListener(listener));
    }
}
