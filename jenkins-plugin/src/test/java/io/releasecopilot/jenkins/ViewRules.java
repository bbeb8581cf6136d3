package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules Jenkins applies to a view (jenkins-runtime-rules.md, "Views"), checked on a view's text, one problem a
 * line:
 * <ul>
 *   <li>Stapler compiles {@code ${%Text}} into a localized message whose key ends at the first {@code (}; what
 *       follows is parsed as comma-separated JEXL arguments ({@code InternationalizedStringExpression} of stapler
 *       1903.1905.ve5a_f469356f0). Prose in parentheses therefore fails to compile or is dropped: a label must have
 *       none.</li>
 *   <li>Every view starts with {@code <?jelly escape-by-default='true'?>} and never writes unescaped output
 *       ({@code <j:out>}, {@code raw(}).</li>
 *   <li>Under Jenkins' Content-Security-Policy: no inline script body, no {@code on...=} handler attribute, no
 *       {@code javascript:} URL.</li>
 * </ul>
 */
final class ViewRules {

    private static final Pattern LABEL = Pattern.compile("\\$\\{%([^}]*)}");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-zA-Z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private ViewRules() {
    }

    /** Returns the problems of a Jelly view. */
    static List<String> jelly(String name, String text) {
        List<String> problems = new ArrayList<>();
        if (!text.stripLeading().startsWith("<?jelly escape-by-default='true'?>")) {
            problems.add(name + ": does not start with <?jelly escape-by-default='true'?>");
        }
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            if (label.group(1).contains("(")) {
                problems.add(name + ": ${%" + label.group(1) + "} has parentheses, which Stapler reads as"
                        + " message arguments");
            }
        }
        for (String unescaped : List.of("<j:out", "raw(")) {
            if (text.contains(unescaped)) {
                problems.add(name + ": writes unescaped output with " + unescaped);
            }
        }
        problems.addAll(html(name, text));
        return problems;
    }

    /** Returns the Content-Security-Policy problems of a view or help file. */
    static List<String> html(String name, String text) {
        List<String> problems = new ArrayList<>();
        if (HANDLER.matcher(text).find()) {
            problems.add(name + ": has an inline event handler attribute");
        }
        if (INLINE_SCRIPT.matcher(text).find()) {
            problems.add(name + ": has an inline script");
        }
        if (text.toLowerCase(Locale.ROOT).contains("javascript:")) {
            problems.add(name + ": has a javascript: URL");
        }
        return problems;
    }
}
