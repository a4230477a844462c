package app.settle.outreach;

import app.settle.api.HostContext;
import app.settle.api.PublicPage;
import app.settle.api.compliance.Channel;
import org.pf4j.Extension;

/**
 * The page behind the opt-out link of every email, served by the host at {@code /public/outreach/opt-out} to anybody.
 * GET only shows a button (mail scanners open links); the POST, or a one-click unsubscribe from the mail client
 * (RFC 8058), records the opt-out through the host. A token that is not ours gets the same answer as one that never
 * existed, and the page shows only a masked address.
 */
@Extension
public class OptOutPage implements PublicPage {

    @Override
    public String path() {
        return "opt-out";
    }

    @Override
    public Response handle(HostContext host, Request request) {
        String token = request.parameter("t");
        var target = OptOutLinks.find(host.data().dsl(), token).orElse(null);
        if (target == null) {
            return page(404, "Link not recognised", "<p>This opt-out link is not valid. If you copied it, check that"
                    + " the whole link was copied.</p>");
        }
        String what = target.channel() == Channel.EMAIL ? "emails" : "text messages";
        String address = escape(OptOutLinks.masked(target.address()));
        if (target.used()) {
            return page(200, "You have opted out", "<p>We send no more " + what + " to " + address + ".</p>");
        }
        if (!request.post()) {
            return page(200, "Stop " + what + "?", "<p>Press the button to stop " + what + " from us to " + address
                    + ".</p><form method=\"post\"><input type=\"hidden\" name=\"t\" value=\"" + escape(token)
                    + "\"><button type=\"submit\">Stop " + what + "</button></form>");
        }
        host.data().inTransaction(dsl -> {
            host.optOuts().optOut(target.accountId(), target.channel(), target.address(), "opt-out link");
            OptOutLinks.markUsed(dsl, target, host.clock().instant());
        });
        return page(200, "You have opted out", "<p>Done: we send no more " + what + " to " + address + ".</p>");
    }

    private static Response page(int status, String title, String content) {
        return new Response(status, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;"
                + "padding:0 1rem;line-height:1.5}button{font-size:1rem;padding:.6rem 1.2rem}</style></head><body><h1>"
                + title + "</h1>" + content + "</body></html>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
