package app.settle.portal.imports;

/**
 * What an import did.
 *
 * @param batchId         the {@code import_batch} row
 * @param kind            placement or payment file
 * @param resumed         true if it continued an import of the same file that had stopped half way
 * @param created         placements: accounts created; payments: payments posted to an account
 * @param suspense        payments: payments held in suspense (no single matching account); 0 for placements
 * @param alreadyImported rows whose account or payment was already in Settle: left unchanged
 * @param rejected        rows refused (invalid in the file, or refused by payment posting)
 */
public record ImportResult(long batchId, ImportKind kind, boolean resumed, long created, long suspense,
                           long alreadyImported, long rejected) {
}
