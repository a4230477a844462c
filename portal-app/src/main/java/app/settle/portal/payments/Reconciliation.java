package app.settle.portal.payments;

import org.springframework.stereotype.Service;

/** Reconciliation reports of payment files. */
@Service
public class Reconciliation {

    public ReconciliationReport forBatch(long batchId) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
