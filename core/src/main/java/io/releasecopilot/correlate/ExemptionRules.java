package io.releasecopilot.correlate;

import io.releasecopilot.model.Commit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The configured exemptions, with message patterns compiled once per correlation rather than once per
 * commit ({@link Exemption#matches} compiles on every call).
 */
final class ExemptionRules {

    private final List<Exemption> exemptions;
    private final List<Pattern> patterns;

    ExemptionRules(List<Exemption> exemptions) {
        this.exemptions = List.copyOf(exemptions);
        this.patterns = new ArrayList<>(exemptions.size());
        for (Exemption exemption : exemptions) {
            patterns.add(exemption.kind() == Exemption.Kind.MESSAGE ? Pattern.compile(exemption.value()) : null);
        }
    }

    /** Returns the first exemption the commit matches, or {@code null}. */
    Exemption match(Commit commit) {
        for (int i = 0; i < exemptions.size(); i++) {
            Exemption exemption = exemptions.get(i);
            boolean matches = switch (exemption.kind()) {
                case MESSAGE -> patterns.get(i).matcher(commit.message()).find();
                case AUTHOR, MERGE -> exemption.matches(commit);
            };
            if (matches) {
                return exemption;
            }
        }
        return null;
    }
}
