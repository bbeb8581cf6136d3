package io.releasecopilot.report;

import io.releasecopilot.common.UntrustedText;
import io.releasecopilot.correlate.AuditCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders the plain-text summary the CLI prints: fix version, scope, gate verdict with reasons, the fetches
 * the data lacks the end of (when incomplete), coverage and
 * the story and commit figures, in aligned columns without colours. Untrusted text is put on one line and
 * stripped of control characters, so it cannot move the cursor or colour the terminal.
 */
public final class TextSummary {

    private static final int LABEL_WIDTH = 19;

    private TextSummary() {
    }

    /** Returns the summary, lines ending with {@code \n}. */
    public static String render(AuditReport report) {
        AuditCounts counts = report.result().counts();
        StringBuilder out = new StringBuilder(512);
        line(out, "Fix version", UntrustedText.oneLine(report.result().fixVersion()));
        if (!report.scope().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, String> pair : report.scope().entrySet()) {
                pairs.add(UntrustedText.oneLine(pair.getKey()) + "=" + UntrustedText.oneLine(pair.getValue()));
            }
            line(out, "Scope", String.join(", ", pairs));
        }
        line(out, "Gate", report.gate().status().name());
        for (String reason : report.gate().reasons()) {
            line(out, "", "- " + UntrustedText.oneLine(reason));
        }
        String label = "Incomplete data";
        for (String fetch : report.gate().incompleteData()) {
            line(out, label, UntrustedText.oneLine(fetch));
            label = "";
        }
        line(out, "Coverage", PlainText.percent(counts) + " of stories have commits");
        out.append('\n');

        int width = String.valueOf(Math.max(counts.storiesTotal(), counts.commitsTotal())).length();
        figure(out, "Stories", counts.storiesTotal(), width);
        figure(out, "  with commits", counts.storiesWithCommits(), width);
        figure(out, "  without commits", counts.storiesWithoutCommits(), width);
        figure(out, "  reverted only", counts.storiesRevertedOnly(), width);
        figure(out, "Commits", counts.commitsTotal(), width);
        figure(out, "  linked", counts.linkedCommits(), width);
        figure(out, "  orphan", counts.orphanCommits(), width);
        figure(out, "  out of scope", counts.outOfScopeCommits(), width);
        figure(out, "  exempt", counts.exemptCommits(), width);
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(pad(label)).append(value).append('\n');
    }

    private static void figure(StringBuilder out, String label, int value, int width) {
        String number = String.valueOf(value);
        out.append(pad(label)).append(" ".repeat(width - number.length())).append(number).append('\n');
    }

    private static String pad(String label) {
        return label + " ".repeat(LABEL_WIDTH - label.length());
    }
}
