package io.releasecopilot.cache;

import io.releasecopilot.common.UntrustedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The warnings of one read. Warnings of a kind that can repeat per item (duplicated keys, odd dates) are
 * capped so a damaged cache of millions of items still gives a short report.
 */
public final class Warnings {

    public static final int CAP = 10;

    private final List<String> lines = new ArrayList<>();
    private final Map<String, Integer> perKind = new LinkedHashMap<>();

    /** Adds a warning that occurs at most a few times per read. */
    public void add(String line) {
        lines.add(UntrustedText.inMessage(line));
    }

    /** Adds a warning of a repeating {@code kind} (plural noun); after {@link #CAP} of a kind they are counted. */
    public void addCapped(String kind, String line) {
        int seen = perKind.merge(kind, 1, Integer::sum);
        if (seen <= CAP) {
            lines.add(UntrustedText.inMessage(line));
        }
    }

    /** Returns the warnings, with one line per kind that went over the cap. */
    public List<String> toList() {
        List<String> all = new ArrayList<>(lines);
        perKind.forEach((kind, seen) -> {
            if (seen > CAP) {
                all.add("... and " + (seen - CAP) + " more " + kind);
            }
        });
        return all;
    }
}
