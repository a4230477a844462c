package app.settle.plugins.disputes;

import static app.settle.api.db.Tables.ACCOUNT;
import static app.settle.api.db.Tables.CONTACT_POINT;
import static app.settle.api.db.Tables.CREDITOR;

import app.settle.api.HostContext;
import app.settle.api.core.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The verification letter of a rejected dispute, made from a template ({@code verification-letter.html} in the
 * plugin, or the file named by the {@code verification-letter-template} setting) and the account's and dispute's
 * facts as recorded at rejection. Only users who may see the dispute get it.
 */
final class VerificationLetters {

    private final HostContext host;
    private final DisputeStore store;

    VerificationLetters(HostContext host) {
        this.host = host;
        this.store = new DisputeStore(host);
    }

    /** The filled letter (HTML) of a rejected dispute. */
    String letter(long disputeId) {
        DisputeRoles.require(host.currentUser(), DisputeRoles.WORKERS, "open verification letters");
        var dsl = host.data().dsl();
        Dispute dispute = store.require(dsl, disputeId);
        if (dispute.status() != DisputeStatus.REJECTED) {
            throw new DisputeRefusedException("A verification letter exists once a dispute is rejected with"
                    + " verification sent.");
        }
        var account = dsl.select(CREDITOR.NAME, ACCOUNT.ORIGINAL_BALANCE, ACCOUNT.CURRENT_BALANCE, ACCOUNT.CURRENCY,
                        ACCOUNT.DEBTOR_ID)
                .from(ACCOUNT).join(CREDITOR).on(CREDITOR.ID.eq(ACCOUNT.CREDITOR_ID))
                .where(ACCOUNT.ID.eq(dispute.accountId()).and(host.accounts().visibleToCurrentUser()))
                .fetchSingle();
        String address = dsl.select(CONTACT_POINT.VALUE, CONTACT_POINT.CITY, CONTACT_POINT.STATE, CONTACT_POINT.POSTAL_CODE)
                .from(CONTACT_POINT)
                .where(CONTACT_POINT.DEBTOR_ID.eq(account.value5()).and(CONTACT_POINT.KIND.eq("ADDRESS")))
                .orderBy(CONTACT_POINT.ID).limit(1)
                .fetchOptional(r -> Stream.of(r.value1(), Stream.of(r.value2(), r.value3(), r.value4())
                                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" ")))
                        .filter(part -> !part.isBlank()).collect(Collectors.joining(", ")))
                .orElse("(no address on file)");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("letterDate", DisputeFormat.date(dispute.verificationSentOn()));
        values.put("debtorName", dispute.debtorName());
        values.put("address", address);
        values.put("accountRef", dispute.accountRef());
        values.put("creditorName", account.value1());
        values.put("originalBalance", Money.of(account.value2(), account.value4()).format());
        values.put("currentBalance", Money.of(account.value3(), account.value4()).format());
        values.put("disputedAmount", (dispute.wholeDebt() ? "the whole debt, " : "") + dispute.disputedAmount().format());
        values.put("receivedOn", DisputeFormat.date(dispute.receivedOn()));
        values.put("reason", dispute.reason().label().toLowerCase());
        values.put("finding", dispute.resolutionReason());
        values.put("method", dispute.verificationMethod().label().toLowerCase());
        values.put("sentOn", DisputeFormat.date(dispute.verificationSentOn()));
        values.put("disputeId", Long.toString(dispute.id()));
        return LetterTemplate.fill(template(), values);
    }

    private String template() {
        var configured = host.settings().get("verification-letter-template");
        try {
            if (configured.isPresent()) {
                return Files.readString(Path.of(configured.get()), StandardCharsets.UTF_8);
            }
            try (InputStream in = VerificationLetters.class.getResourceAsStream("verification-letter.html")) {
                if (in == null) {
                    throw new IllegalStateException("verification-letter.html is missing from the disputes plugin");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the verification letter template", e);
        }
    }
}
