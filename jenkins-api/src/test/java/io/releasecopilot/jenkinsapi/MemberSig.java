package io.releasecopilot.jenkinsapi;

import java.util.Set;

/**
 * One member of a type of the signature list.
 *
 * @param owner          binary name of the declaring type
 * @param kind           {@code method}, {@code field} or {@code constructor}
 * @param name           the JVM name ({@code <init>} for constructors)
 * @param descriptor     the erased JVM descriptor ({@code (Ljava/lang/String;)Lhudson/FilePath;}, {@code I})
 * @param modifiers      {@code public}, {@code protected}, {@code static}, {@code abstract}, {@code final},
 *                       {@code default} (an interface default method), {@code hasDefault} (an annotation element
 *                       with a default value)
 * @param typeParameters the method's type parameters, normalised, or the empty string
 */
public record MemberSig(
        String owner,
        String kind,
        String name,
        String descriptor,
        Set<String> modifiers,
        String typeParameters) {

    public MemberSig {
        modifiers = Set.copyOf(modifiers);
    }

    /** Returns whether the member is static. */
    public boolean isStatic() {
        return modifiers.contains("static");
    }

    /** Returns {@code name + descriptor}, the key of the member within its owner. */
    public String key() {
        return kind.equals("field") ? name + ":" + descriptor : name + descriptor;
    }
}
