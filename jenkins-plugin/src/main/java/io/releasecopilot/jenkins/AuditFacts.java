package io.releasecopilot.jenkins;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the agent's {@link AuditSummary} and the build's {@link AuditFigures} both show a page: the fix version, the
 * verdict with its reasons, the figures, the coverage, the time, the scope pairs and the incomplete fetches. Plain
 * serializable fields, so remoting, JEP-200 and build.xml accept them.
 */
public abstract class AuditFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    String fixVersion;
    String status;
    String generatedAt;
    double coverage;
    final LinkedHashMap<String, Integer> counts = new LinkedHashMap<>();
    final LinkedHashMap<String, String> scope = new LinkedHashMap<>();
    final ArrayList<String> reasons = new ArrayList<>();
    /**
     * The fetches the audited data lacks the end of (the report's {@code gate.incompleteData}); empty if none,
     * {@code null} in build.xml of a version before it.
     */
    final ArrayList<String> incompleteData = new ArrayList<>();

    /** Returns the fix version. */
    public String getFixVersion() {
        return fixVersion;
    }

    /** Returns the gate verdict: PASS, WARN or FAIL. */
    public String getStatus() {
        return status;
    }

    /** Returns when the report was made (ISO-8601, UTC). */
    public String getGeneratedAt() {
        return generatedAt;
    }

    /** Returns the share of stories with commits, 0..1, as the summary JSON rounds it. */
    public double getCoverage() {
        return coverage;
    }

    /** Returns a figure by its summary-JSON name, 0 when unknown. */
    public int count(String name) {
        return counts.getOrDefault(name, 0);
    }

    /** Returns the figures by name. */
    public Map<String, Integer> getCounts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Returns the scope pairs. */
    public Map<String, String> getScope() {
        return Collections.unmodifiableMap(scope);
    }

    /** Returns the gate's reasons, FAIL reasons first. */
    public List<String> getReasons() {
        return Collections.unmodifiableList(reasons);
    }

    /** Returns the fetches the audited data lacks the end of, one line each; empty when the data is complete. */
    public List<String> getIncompleteData() {
        return incompleteData == null ? List.of() : Collections.unmodifiableList(incompleteData);
    }
}
