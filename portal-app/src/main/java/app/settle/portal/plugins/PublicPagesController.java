package app.settle.portal.plugins;

import app.settle.api.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Serves plugins' {@link PublicPage}s at {@code /public/<plugin id>/<path>} to anybody (see
 * {@link PublicPagesSecurity}): bounded parameters, no session, no cache, a Content Security Policy without scripts,
 * and a plain error page instead of a stack trace.
 */
@Controller
class PublicPagesController {

    private static final Logger log = LoggerFactory.getLogger(PublicPagesController.class);
    private static final int MAX_PARAMETERS = 20;
    private static final int MAX_VALUE = 2000;

    private final PluginPublicPages pages;

    PublicPagesController(PluginPublicPages pages) {
        this.pages = pages;
    }

    @RequestMapping(path = "/public/{pluginId}/{path}", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<String> serve(@PathVariable String pluginId, @PathVariable String path,
                                 HttpServletRequest request) {
        if (!pluginId.matches(PluginPublicPages.PATH_PATTERN) || !path.matches(PluginPublicPages.PATH_PATTERN)) {
            return page(404, "Not found", "There is no such page.");
        }
        var registered = pages.find(pluginId, path);
        if (registered.isEmpty()) {
            return page(404, "Not found", "There is no such page.");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
            if (parameters.size() == MAX_PARAMETERS) {
                return page(400, "Bad request", "The request has too many parameters.");
            }
            String value = entry.getValue().length == 0 ? "" : entry.getValue()[0];
            if (value.length() > MAX_VALUE || entry.getKey().length() > 100) {
                return page(400, "Bad request", "The request is too long.");
            }
            parameters.put(entry.getKey(), value);
        }
        boolean post = "POST".equals(request.getMethod());
        try {
            PublicPage.Response response = registered.get().page().handle(registered.get().context(),
                    new PublicPage.Request(post, parameters));
            return respond(response.status(), response.html());
        } catch (RuntimeException | LinkageError e) {
            log.error("Public page {}/{} of a plugin failed", pluginId, path, e);
            return page(500, "Something went wrong", "This page could not be shown. Please try again later.");
        }
    }

    private static ResponseEntity<String> page(int status, String title, String text) {
        return respond(status, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + text + "</p></body></html>");
    }

    private static ResponseEntity<String> respond(int status, String html) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
                .header("X-Robots-Tag", "noindex")
                .body(html);
    }
}
