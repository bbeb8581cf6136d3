package org.jvnet.hudson.annotation_indexer;

import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;

/** Checks a use of an {@link Indexed} annotation at compile time. */
public interface Validator {
    /** Reports errors in the use. */
    void check(Element use, RoundEnvironment e, ProcessingEnvironment env);
}
