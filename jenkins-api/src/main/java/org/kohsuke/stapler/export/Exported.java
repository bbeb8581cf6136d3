package org.kohsuke.stapler.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Exposes a getter or field in {@code api/json}. */
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Exported {
    /** The depth up to which the property is exported. */
    int visibility() default 0;

    /** The exported name; defaults to the property name. */
    String name() default "";

    /** Whether a nested bean is written in full. */
    boolean inline() default false;

    /** Whether the bean's properties are merged into the parent. */
    boolean merge() default false;

    /** Whether a null value is left out. */
    boolean skipNull() default false;

    /** The name of a map-style export in verbose mode. */
    String verboseMap() default "";
}
