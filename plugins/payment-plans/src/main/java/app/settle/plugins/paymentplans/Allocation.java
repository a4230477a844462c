package app.settle.plugins.paymentplans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a posted payment over the open instalments of an account's arrangement, oldest due first: an exact
 * payment settles the next instalment, a partial one reduces it, an overpayment runs on to the following ones, and
 * what is left after the last instalment is not allocated (it still reduced the balance on the host's side).
 */
final class Allocation {

    /** An instalment as allocation sees it: id, amount due, amount paid so far. */
    record Open(long instalmentId, BigDecimal amount, BigDecimal paid) {
        BigDecimal outstanding() {
            return amount.subtract(paid).max(BigDecimal.ZERO);
        }
    }

    /** A share of the payment given to one instalment. */
    record Share(long instalmentId, BigDecimal amount) {
    }

    /** The shares, and what is left over. */
    record Result(List<Share> shares, BigDecimal unallocated) {
    }

    private Allocation() {
    }

    /** @param open the arrangement's instalments in due order (settled ones are skipped) */
    static Result allocate(BigDecimal payment, List<Open> open) {
        if (payment.signum() <= 0) {
            throw new IllegalArgumentException("A payment to allocate is more than zero");
        }
        List<Share> shares = new ArrayList<>();
        BigDecimal left = payment;
        for (Open instalment : open) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal take = left.min(instalment.outstanding());
            if (take.signum() > 0) {
                shares.add(new Share(instalment.instalmentId(), take));
                left = left.subtract(take);
            }
        }
        return new Result(List.copyOf(shares), left);
    }
}
