package io.releasecopilot.jenkins;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Walks one class file for {@link LibraryReferences} and {@link JenkinsReferences}: every type it names (supertypes,
 * annotations, {@code new}, casts, class constants, caught exceptions) and every member it calls or reads (method
 * handles of lambdas included), each with where it stands ({@code Class.method(desc)}).
 */
abstract class ReferenceWalker extends ClassVisitor {

    final String className;

    ReferenceWalker(String className) {
        super(Opcodes.ASM9);
        this.className = className;
    }

    /**
     * A type named.
     *
     * @param mustBeInterface whether the use needs an interface ({@code true}) or a class ({@code false}); {@code null}
     *                        when either will do
     * @param instantiated    whether the use is a {@code new}
     */
    abstract void typeUse(String internalName, String where, Boolean mustBeInterface, boolean instantiated);

    /** A field or method used, with the opcode that uses it ({@code GETFIELD} ... {@code INVOKEINTERFACE}). */
    abstract void memberUse(int opcode, String owner, String name, String descriptor, boolean itf, String where);

    /** A class the code needs loaded (all but annotations); nothing by default. */
    void reach(String internalName) {
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        if (superName != null) {
            typeUse(superName, name + " extends", false, false);
            reach(superName);
        }
        for (String iface : interfaces) {
            typeUse(iface, name + " implements", true, false);
            reach(iface);
        }
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        typeUse(Type.getType(descriptor).getInternalName(), className + " annotation", true, false);
        return null;
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        return new FieldVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                typeUse(Type.getType(annotation).getInternalName(), className + "." + name, true, false);
                return null;
            }
        };
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        String where = className + "." + name + descriptor;
        return new MethodVisitor(Opcodes.ASM9) {
            @Override
            public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                typeUse(Type.getType(annotation).getInternalName(), where, true, false);
                return null;
            }

            @Override
            public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                typeUse(Type.getType(annotation).getInternalName(), where, true, false);
                return null;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                memberUse(opcode, owner, method, desc, itf, where);
                reach(owner);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                memberUse(opcode, owner, field, desc, false, where);
                reach(owner);
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                typeUse(type, where, opcode == Opcodes.NEW ? Boolean.FALSE : null, opcode == Opcodes.NEW);
                reach(type);
            }

            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof Type type && type.getSort() == Type.OBJECT) {
                    typeUse(type.getInternalName(), where, null, false);
                    reach(type.getInternalName());
                }
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) {
                    typeUse(type, where, false, false);
                    reach(type);
                }
            }

            @Override
            public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... args) {
                for (Object arg : args) {
                    if (arg instanceof Handle handle) {
                        int opcode = switch (handle.getTag()) {
                            case Opcodes.H_INVOKESTATIC -> Opcodes.INVOKESTATIC;
                            case Opcodes.H_INVOKEINTERFACE -> Opcodes.INVOKEINTERFACE;
                            case Opcodes.H_NEWINVOKESPECIAL, Opcodes.H_INVOKESPECIAL -> Opcodes.INVOKESPECIAL;
                            case Opcodes.H_GETFIELD -> Opcodes.GETFIELD;
                            case Opcodes.H_GETSTATIC -> Opcodes.GETSTATIC;
                            case Opcodes.H_PUTFIELD -> Opcodes.PUTFIELD;
                            case Opcodes.H_PUTSTATIC -> Opcodes.PUTSTATIC;
                            default -> Opcodes.INVOKEVIRTUAL;
                        };
                        memberUse(opcode, handle.getOwner(), handle.getName(), handle.getDesc(),
                                handle.isInterface(), where);
                        reach(handle.getOwner());
                    }
                }
            }
        };
    }
}
