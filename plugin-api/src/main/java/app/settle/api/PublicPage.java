package app.settle.api;

import java.util.Map;
import java.util.Objects;
import org.pf4j.ExtensionPoint;

/**
 * A page a plugin serves to people who are not signed in, for example the opt-out link in an email. The host serves
 * it at {@code /public/<plugin id>/<path>} for GET and POST, outside the portal's sign-in, without a session and
 * without CSRF tokens: the page must carry its own secret (an unguessable token in the link), must not change
 * anything on GET (mail scanners follow links), and must say nothing about an account to somebody without the token.
 * Added in plugin API 1.3.
 */
public interface PublicPage extends ExtensionPoint {

    /** The path below {@code /public/<plugin id>/}: lower-case letters, digits and '-', e.g. {@code opt-out}. */
    String path();

    /** Answers one request; runs without a current user. An exception is answered as a plain error page. */
    Response handle(HostContext host, Request request);

    /**
     * One request.
     *
     * @param post       true for a POST (a form submit), false for a GET
     * @param parameters query and form parameters, first value of each (at most 20, values at most 2,000 characters)
     */
    record Request(boolean post, Map<String, String> parameters) {
        public Request {
            parameters = Map.copyOf(parameters);
        }

        public String parameter(String name) {
            return parameters.get(name);
        }
    }

    /**
     * The answer: an HTTP status and a complete HTML page (the host adds no layout, sets a strict Content Security
     * Policy that allows no scripts, and marks it not cacheable).
     */
    record Response(int status, String html) {
        public Response {
            Objects.requireNonNull(html, "html");
        }
    }
}
