package app.settle.outreach;

import static app.settle.outreach.db.Tables.OUTREACH_OPT_OUT_TOKEN;

import app.settle.api.compliance.Channel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Opt-out links: 256 random bits per message (base64url in the link), of which only the SHA-256 is stored, so that
 * neither a guess nor a copy of the database opens anybody's link. A token names one message's account, channel and
 * address; it opts out that address only.
 */
final class OptOutLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a token stands for. */
    record Target(String tokenHash, long accountId, Channel channel, String address, boolean used) {
    }

    private OptOutLinks() {
    }

    /** Creates a token for the message and returns the link to put in it. */
    static String create(DSLContext dsl, String publicUrl, long messageId, long accountId, Channel channel,
                         String address, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        dsl.insertInto(OUTREACH_OPT_OUT_TOKEN).set(OUTREACH_OPT_OUT_TOKEN.TOKEN_HASH, hash(token))
                .set(OUTREACH_OPT_OUT_TOKEN.MESSAGE_ID, messageId).set(OUTREACH_OPT_OUT_TOKEN.ACCOUNT_ID, accountId)
                .set(OUTREACH_OPT_OUT_TOKEN.CHANNEL, channel.name()).set(OUTREACH_OPT_OUT_TOKEN.ADDRESS, address)
                .set(OUTREACH_OPT_OUT_TOKEN.CREATED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .execute();
        return publicUrl.replaceAll("/+$", "") + "/public/outreach/opt-out?t=" + token;
    }

    /** The target of a token as it came in a link; empty for anything that is not a token we issued. */
    static Optional<Target> find(DSLContext dsl, String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return dsl.selectFrom(OUTREACH_OPT_OUT_TOKEN).where(OUTREACH_OPT_OUT_TOKEN.TOKEN_HASH.eq(hash(token)))
                .fetchOptional(row -> new Target(row.getTokenHash(), row.getAccountId(),
                        Channel.valueOf(row.getChannel()), row.getAddress(), row.getUsedAt() != null));
    }

    static void markUsed(DSLContext dsl, Target target, Instant now) {
        dsl.update(OUTREACH_OPT_OUT_TOKEN)
                .set(OUTREACH_OPT_OUT_TOKEN.USED_AT, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .where(OUTREACH_OPT_OUT_TOKEN.TOKEN_HASH.eq(target.tokenHash()),
                        OUTREACH_OPT_OUT_TOKEN.USED_AT.isNull())
                .execute();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The address with most of it hidden, for a page anybody with the link can see: "j•••@example.com". */
    static String masked(String address) {
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "•••" + address.substring(at);
        }
        String digits = address.replaceAll("\\D", "");
        return digits.length() <= 4 ? "•••" : "•••" + digits.substring(digits.length() - 4);
    }
}
