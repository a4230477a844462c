package app.settle.portal.plugins;

import app.settle.api.HostContext;
import app.settle.api.PublicPage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The public pages of started plugins by plugin id and path; the plugin host adds and removes them. */
@Component
class PluginPublicPages {

    static final String PATH_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    /** A page with the context of the plugin that serves it. */
    record Registered(PublicPage page, HostContext context) {
    }

    private final Map<String, Registered> pages = new ConcurrentHashMap<>();

    void add(String pluginId, PublicPage page, HostContext context) {
        String path = page.path();
        if (path == null || !path.matches(PATH_PATTERN)) {
            throw new IllegalStateException("Its public page " + page.getClass().getName() + " has path '" + path
                    + "': use lower-case letters, digits and '-'.");
        }
        if (pages.putIfAbsent(pluginId + "/" + path, new Registered(page, context)) != null) {
            throw new IllegalStateException("It has two public pages at '" + path + "'.");
        }
    }

    void removeAllOf(String pluginId) {
        pages.keySet().removeIf(key -> key.startsWith(pluginId + "/"));
    }

    Optional<Registered> find(String pluginId, String path) {
        return Optional.ofNullable(pages.get(pluginId + "/" + path));
    }
}
