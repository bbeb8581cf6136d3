package io.releasecopilot.jenkins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prepares the Snippet Generator's submitted form of {@code releaseAudit} for Stapler's binding. Stapler binds an
 * empty text box to {@code ""}, which it cannot turn into an enum, a number or a map, and which would be a value
 * where the step wants "not given"; so every blank field is removed first and keeps its default. The scope is a
 * text area of {@code KEY=VALUE} lines in the form and a map in the step, which Stapler cannot bind: it is taken
 * out here and parsed.
 */
final class StepForm {

    /** The form field that holds the scope as text. */
    static final String SCOPE = "scope";

    private StepForm() {
    }

    /**
     * Removes the blank fields and the scope from the form and returns the scope.
     *
     * @param form the submitted form (Stapler's {@code JSONObject}), changed in place
     * @return the scope's entries in order, or {@code null} when none is given
     * @throws io.releasecopilot.common.UsageException when a scope line is not {@code KEY=VALUE}
     */
    static Map<String, String> prepare(Map<String, Object> form) {
        Object scope = form.remove(SCOPE);
        List<String> blank = new ArrayList<>();
        for (Map.Entry<String, Object> field : form.entrySet()) {
            if (field.getValue() instanceof String text && text.isBlank()) {
                blank.add(field.getKey());
            }
        }
        blank.forEach(form::remove);
        return scope == null ? null : ListParameters.pairs(scope.toString(), SCOPE);
    }
}
