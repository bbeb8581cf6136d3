package hudson;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import jenkins.YesNoMaybe;
import net.java.sezpoz.Indexable;

/** Marks an extension; indexed at compile time by sezpoz into {@code META-INF/annotations/hudson.Extension}. */
@Indexable
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD})
@Documented
public @interface Extension {
    /** Orders extensions of one kind; higher comes first. */
    double ordinal() default 0;

    /** Whether a linkage error while loading the extension is ignored. */
    boolean optional() default false;

    /** Whether the extension can be loaded into a running Jenkins. */
    YesNoMaybe dynamicLoadable() default YesNoMaybe.MAYBE;
}
