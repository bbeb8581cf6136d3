package io.releasecopilot.jenkinsapi;

import java.util.List;
import java.util.Set;

/**
 * One type of the signature list, as declared in the real sources.
 *
 * @param name           binary name ({@code hudson.FilePath$FileCallable})
 * @param kind           {@code class}, {@code interface}, {@code enum} or {@code annotation}
 * @param modifiers      {@code public}, {@code protected}, {@code abstract}, {@code final}, {@code static}
 * @param typeParameters the type parameters with their bounds, normalised ({@code <T extends hudson.model.Item>}),
 *                       or the empty string
 * @param superclass     the generic superclass, normalised, or the empty string for interfaces and annotations
 * @param interfaces     the generic direct superinterfaces, normalised
 * @param annotations    for annotation types: {@code Retention=RUNTIME}, {@code Target=TYPE|FIELD} and the names
 *                       of the other meta-annotations; for other types the names of the type's annotations
 */
public record TypeSig(
        String name,
        String kind,
        Set<String> modifiers,
        String typeParameters,
        String superclass,
        List<String> interfaces,
        List<String> annotations) {

    public TypeSig {
        modifiers = Set.copyOf(modifiers);
        interfaces = List.copyOf(interfaces);
        annotations = List.copyOf(annotations);
    }

    /** Returns whether this is an interface or an annotation type. */
    public boolean isInterface() {
        return kind.equals("interface") || kind.equals("annotation");
    }

    /** Returns the erasure of the superclass as a binary name, or {@code null}. */
    public String superclassName() {
        return superclass.isEmpty() ? null : GenericText.erasure(superclass);
    }

    /** Returns the erasures of the direct superinterfaces as binary names. */
    public List<String> interfaceNames() {
        return interfaces.stream().map(GenericText::erasure).toList();
    }
}
