package io.releasecopilot.correlate;

import io.releasecopilot.common.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses exemption specs as given on the command line or in a step parameter:
 * {@code message:<regex>} (found anywhere in the message), {@code author:<name-or-email>} (case-insensitive,
 * whole display name or whole e-mail address) and {@code merges}. The kind is case-insensitive; the value is
 * taken as written after the first colon.
 */
public final class Exemptions {

    private static final String FORMS = "use message:<regex>, author:<name-or-email> or merges";

    private Exemptions() {
    }

    /**
     * Parses one spec.
     *
     * @throws UsageException naming the spec when it is malformed or its regex does not compile
     */
    public static Exemption parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new UsageException("exemption '': empty; " + FORMS);
        }
        String trimmed = spec.strip();
        int colon = trimmed.indexOf(':');
        String kind = (colon < 0 ? trimmed : trimmed.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? null : trimmed.substring(colon + 1);
        switch (kind) {
            case "merges", "merge":
                if (value != null && !value.isBlank()) {
                    throw new UsageException("exemption '" + spec + "': 'merges' takes no value");
                }
                return new Exemption(Exemption.Kind.MERGE, "true");
            case "message":
                if (value == null || value.isEmpty()) {
                    throw new UsageException("exemption '" + spec + "': missing regex after 'message:'");
                }
                try {
                    Pattern.compile(value);
                } catch (PatternSyntaxException e) {
                    throw new UsageException("exemption '" + spec + "': invalid regex: "
                            + e.getDescription() + " near index " + e.getIndex(), e);
                }
                return new Exemption(Exemption.Kind.MESSAGE, value);
            case "author":
                if (value == null || value.isBlank()) {
                    throw new UsageException("exemption '" + spec + "': missing name or e-mail after 'author:'");
                }
                return new Exemption(Exemption.Kind.AUTHOR, value.strip());
            default:
                throw new UsageException("exemption '" + spec + "': unknown kind '" + kind + "'; " + FORMS);
        }
    }

    /** Parses several specs, in order. */
    public static List<Exemption> parseAll(List<String> specs) {
        List<Exemption> exemptions = new ArrayList<>(specs.size());
        specs.forEach(spec -> exemptions.add(parse(spec)));
        return List.copyOf(exemptions);
    }
}
