package app.settle.portal.plugins;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classes one class file refers to, read from its bytes without loading it: the class entries of its
 * constant pool plus the types named in member and method-type descriptors (which covers field and
 * parameter types), plus every constant that reads as a lone type descriptor (annotation types are named
 * that way). Reading bytes instead of loading the class means nothing of an
 * uploaded plugin runs while it is being checked. Works for any class file version, as only the constant
 * pool layout (stable since Java 1.0, extended by known tags) is read.
 */
final class ClassFileReferences {

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileReferences() {
    }

    /**
     * @return the binary names (dots, e.g. {@code java.lang.String}) of the classes referred to, the class
     *         itself included; array types are reduced to their element type, primitives dropped
     * @throws IOException if the bytes are not a class file
     */
    static Set<String> of(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a class file (wrong magic number)");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNames = new ArrayList<>();
        List<Integer> descriptors = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> {
                    int index = in.readUnsignedShort();
                    if (tag == 16) {
                        descriptors.add(index);
                    }
                }
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 9, 10, 11, 17, 18 -> in.readInt();
                case 12 -> {
                    in.readUnsignedShort();
                    descriptors.add(in.readUnsignedShort());
                }
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        in.skipNBytes(2L * interfaces);
        for (int kind = 0; kind < 2; kind++) {
            int members = in.readUnsignedShort();
            for (int m = 0; m < members; m++) {
                in.readUnsignedShort();
                in.readUnsignedShort();
                descriptors.add(in.readUnsignedShort());
                skipAttributes(in);
            }
        }
        Set<String> names = new TreeSet<>();
        for (int index : classNames) {
            addInternalName(names, utf8[index]);
        }
        for (int index : descriptors) {
            addDescriptorTypes(names, utf8[index]);
        }
        for (String text : utf8) {
            if (text != null && text.length() > 2 && text.charAt(0) == 'L' && text.endsWith(";")
                    && text.indexOf(';') == text.length() - 1 && text.indexOf('(') < 0) {
                addDescriptorTypes(names, text);
            }
        }
        return names;
    }

    /** Every {@code L...;} type in a descriptor, e.g. {@code (Ljava/lang/String;[I)Lcom/acme/X;}. */
    private static void addDescriptorTypes(Set<String> names, String descriptor) {
        if (descriptor == null) {
            return;
        }
        int start = descriptor.indexOf('L');
        while (start >= 0) {
            int end = descriptor.indexOf(';', start);
            if (end < 0) {
                return;
            }
            names.add(descriptor.substring(start + 1, end).replace('/', '.'));
            start = nextTypeStart(descriptor, end + 1);
        }
    }

    private static int nextTypeStart(String descriptor, int from) {
        for (int i = from; i < descriptor.length(); i++) {
            if (descriptor.charAt(i) == 'L') {
                return i;
            }
        }
        return -1;
    }

    private static void addInternalName(Set<String> names, String internalName) {
        if (internalName == null) {
            return;
        }
        if (internalName.startsWith("[")) {
            addDescriptorTypes(names, internalName);
        } else {
            names.add(internalName.replace('/', '.'));
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }
}
