package io.releasecopilot.gate;

import io.releasecopilot.correlate.AuditCounts;
import io.releasecopilot.correlate.AuditResult;
import io.releasecopilot.correlate.StoryResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a {@link Policy} to an audit (README.md, "Gate policy").
 *
 * <p>A maximum is crossed when the value is above its limit, a minimum ({@link Metric#COVERAGE}) when the
 * value is below it. The verdict is FAIL when any FAIL limit is crossed, else WARN when any WARN limit is
 * crossed, else PASS. Each metric that crosses a limit gives one reason, for the most severe level it
 * crosses; FAIL reasons come first, then WARN reasons, each group in {@link Metric} order.
 */
public final class Gate {

    private static final int MAX_DECIMALS = 6;

    private Gate() {
    }

    /** Returns the verdict of {@code policy} on {@code result}; incomplete data fails the gate. */
    public static GateResult evaluate(Policy policy, AuditResult result) {
        return evaluate(policy, result, false);
    }

    /**
     * Returns the verdict of {@code policy} on {@code result}. When the audited data is incomplete (an interrupted
     * fetch) the verdict is FAIL with the reason {@code incomplete data: …} first, unless {@code allowIncomplete};
     * either way the result lists what is incomplete.
     */
    public static GateResult evaluate(Policy policy, AuditResult result, boolean allowIncomplete) {
        List<String> incomplete = result.input().incomplete();
        List<String> failReasons = new ArrayList<>();
        if (!incomplete.isEmpty() && !allowIncomplete) {
            failReasons.add(GateResult.INCOMPLETE + ": " + String.join("; ", incomplete)
                    + " (resume the fetch, or allow incomplete data explicitly)");
        }
        List<String> warnReasons = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            Threshold threshold = policy.thresholds().get(metric);
            if (threshold == null) {
                continue;
            }
            double value = measure(metric, result);
            if (crosses(metric, value, threshold.fail())) {
                failReasons.add(reason(metric, value, GateStatus.FAIL, threshold.fail()));
            } else if (crosses(metric, value, threshold.warn())) {
                warnReasons.add(reason(metric, value, GateStatus.WARN, threshold.warn()));
            }
        }
        GateStatus status = !failReasons.isEmpty() ? GateStatus.FAIL
                : !warnReasons.isEmpty() ? GateStatus.WARN
                : GateStatus.PASS;
        List<String> reasons = new ArrayList<>(failReasons);
        reasons.addAll(warnReasons);
        return new GateResult(status, reasons, incomplete);
    }

    /**
     * Returns the value of a metric for an audit: a count, or a share in 0..1. Shares of commits are 0
     * when there are no commits; coverage is {@link AuditCounts#coverage()}.
     */
    public static double measure(Metric metric, AuditResult result) {
        AuditCounts counts = result.counts();
        return switch (metric) {
            case STORIES_WITHOUT_COMMITS -> counts.storiesWithoutCommits();
            case STORIES_REVERTED_ONLY -> counts.storiesRevertedOnly();
            case STORIES_NOT_DONE -> result.stories().stream().map(StoryResult::story).filter(s -> !s.isDone()).count();
            case ORPHAN_COMMITS -> counts.orphanCommits();
            case ORPHAN_SHARE -> share(counts.orphanCommits(), counts.commitsTotal());
            case OUT_OF_SCOPE_COMMITS -> counts.outOfScopeCommits();
            case OUT_OF_SCOPE_SHARE -> share(counts.outOfScopeCommits(), counts.commitsTotal());
            case COVERAGE -> counts.coverage();
        };
    }

    private static double share(int part, int total) {
        return total == 0 ? 0.0 : (double) part / total;
    }

    private static boolean crosses(Metric metric, double value, Double limit) {
        if (limit == null) {
            return false;
        }
        return metric.isMinimum() ? value < limit : value > limit;
    }

    private static String reason(Metric metric, double value, GateStatus level, double limit) {
        String side = metric.isMinimum() ? "below" : "above";
        String limitText = metric.isShare() ? percent(limit) : count(limit);
        return describe(metric, value, limit) + " (" + level + " " + side + " " + limitText + ")";
    }

    private static String describe(Metric metric, double value, double limit) {
        if (metric.isShare()) {
            String pct = percentCrossing(metric, value, limit);
            return switch (metric) {
                case ORPHAN_SHARE -> pct + " of commits are orphans";
                case OUT_OF_SCOPE_SHARE -> pct + " of commits are out of scope";
                default -> metric.id() + " " + pct;
            };
        }
        long n = Math.round(value);
        return switch (metric) {
            case STORIES_WITHOUT_COMMITS -> n + (n == 1 ? " story" : " stories") + " without commits";
            case STORIES_REVERTED_ONLY -> n + (n == 1 ? " story" : " stories") + " with only reverted commits";
            case STORIES_NOT_DONE -> n + (n == 1 ? " story" : " stories") + " not done";
            case ORPHAN_COMMITS -> n + (n == 1 ? " orphan commit" : " orphan commits");
            case OUT_OF_SCOPE_COMMITS -> n + (n == 1 ? " out-of-scope commit" : " out-of-scope commits");
            default -> metric.id() + " " + n;
        };
    }

    /** A count limit as written: {@code 5}, or {@code 2.5} for a fractional one. */
    private static String count(double limit) {
        return BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
    }

    /** A share limit as a percentage with at least one decimal: {@code 0.01} is {@code 1.0%}. */
    private static String percent(double share) {
        BigDecimal pct = BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros();
        return pct.setScale(Math.max(1, pct.scale())).toPlainString() + "%";
    }

    /**
     * A measured share as a percentage with one decimal, or more when one decimal would put the value on
     * the limit or the wrong side of it ({@code 1.04%} above {@code 1.04%} never reads "1.0% above 1.04%").
     */
    private static String percentCrossing(Metric metric, double value, double limit) {
        BigDecimal exact = BigDecimal.valueOf(value).movePointRight(2);
        BigDecimal bound = BigDecimal.valueOf(limit).movePointRight(2);
        BigDecimal shown = exact.setScale(1, RoundingMode.HALF_UP);
        for (int decimals = 2; decimals <= MAX_DECIMALS; decimals++) {
            int side = shown.compareTo(bound);
            boolean clear = metric.isMinimum() ? side < 0 : side > 0;
            if (clear) {
                break;
            }
            shown = exact.setScale(decimals, RoundingMode.HALF_UP);
        }
        return shown.toPlainString() + "%";
    }
}
