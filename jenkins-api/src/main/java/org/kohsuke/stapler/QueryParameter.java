package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Injects a query parameter, named after the Java parameter unless {@link #value()} is given. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    /** The parameter name. */
    String value() default "";

    /** Whether a missing parameter is an error. */
    boolean required() default false;

    /** Whether an empty value becomes {@code null}. */
    boolean fixEmpty() default false;
}
