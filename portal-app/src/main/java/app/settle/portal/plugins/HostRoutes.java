package app.settle.portal.plugins;

import app.settle.portal.SettleApplication;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** The paths the host's own views use, which no plugin may take. */
@Component
class HostRoutes {

    private final Set<String> paths = new HashSet<>();

    HostRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents(SettleApplication.class.getPackageName())) {
            try {
                Route route = Class.forName(candidate.getBeanClassName(), false, HostRoutes.class.getClassLoader())
                        .getAnnotation(Route.class);
                paths.add(route.value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Host view class vanished: " + candidate.getBeanClassName(), e);
            }
        }
        paths.add("login");
        paths.add("logout");
        paths.add("VAADIN");
    }

    boolean isTaken(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return paths.contains(path) || first.equalsIgnoreCase("VAADIN");
    }
}
