package app.settle.portal.worklist;

import java.lang.ref.Reference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jol.vm.VM;
import org.openjdk.jol.vm.VirtualMachine;

/**
 * What a set of objects holds on the heap that nothing else does: their object graph walked field by field (JOL
 * reads the fields and gives each object's real size on this JVM, compressed pointers and alignment included),
 * stopping at objects that are also reachable from shared roots (the Spring context, the Vaadin service, another
 * user's session) and at classes and class loaders (statics, plugin classes). The referent of a weak or soft
 * reference is not followed: it does not keep anything alive.
 *
 * <p>{@link #shared} walks the shared roots once, stopping at the measured roots, and {@link #retained} then sums
 * what only the measured roots reach. Both walks see the live objects, not heap readings, so garbage and other
 * threads' work do not blur the figure.
 */
final class RetainedHeap {

    static {
        // lets JOL read the fields of records and hidden classes (lambdas) on JDK 25
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private final Map<Class<?>, long[]> referenceOffsets = new HashMap<>();
    private final VirtualMachine vm = VM.current();

    /** The objects reachable from {@code roots} without passing through {@code stopAt}. */
    Set<Object> shared(List<Object> roots, List<Object> stopAt) {
        Set<Object> stop = identitySet(stopAt);
        Set<Object> seen = identitySet(List.of());
        walk(roots, stop, seen, null);
        return seen;
    }

    /** The size of what {@code roots} reach that is not in {@code shared}, with the largest classes. */
    Footprint retained(List<Object> roots, Set<Object> shared) {
        Map<Class<?>, long[]> byClass = new HashMap<>();
        walk(roots, shared, identitySet(List.of()), byClass);
        long bytes = byClass.values().stream().mapToLong(v -> v[1]).sum();
        long objects = byClass.values().stream().mapToLong(v -> v[0]).sum();
        return new Footprint(bytes, objects, byClass);
    }

    /** Bytes and objects retained, with the count and bytes per class. */
    record Footprint(long bytes, long objects, Map<Class<?>, long[]> byClass) {

        /** The {@code n} classes holding the most bytes, e.g. "12,345 B in 200 × java.lang.String". */
        List<String> largest(int n) {
            List<Map.Entry<Class<?>, long[]>> entries = new ArrayList<>(byClass.entrySet());
            entries.sort(Comparator.comparingLong((Map.Entry<Class<?>, long[]> e) -> e.getValue()[1]).reversed());
            return entries.stream().limit(n).map(e -> "%,d B in %,d × %s".formatted(e.getValue()[1], e.getValue()[0],
                    e.getKey().getName().replaceAll("/0x[0-9a-f]+", ""))).toList();
        }
    }

    private void walk(List<Object> roots, Set<Object> stop, Set<Object> seen, Map<Class<?>, long[]> byClass) {
        Deque<Object> pending = new ArrayDeque<>();
        for (Object root : roots) {
            if (root != null && !stop.contains(root) && seen.add(root)) {
                pending.push(root);
            }
        }
        while (!pending.isEmpty()) {
            Object object = pending.pop();
            if (byClass != null) {
                long[] counts = byClass.computeIfAbsent(object.getClass(), c -> new long[2]);
                counts[0]++;
                counts[1] += vm.sizeOf(object);
            }
            if (object instanceof Object[] array) {
                for (Object element : array) {
                    follow(element, stop, seen, pending);
                }
            } else if (!object.getClass().isArray()) {
                for (long offset : referenceOffsets(object.getClass())) {
                    follow(vm.getObject(object, offset), stop, seen, pending);
                }
            }
        }
    }

    private static void follow(Object next, Set<Object> stop, Set<Object> seen, Deque<Object> pending) {
        if (next == null || next instanceof Class<?> || next instanceof ClassLoader || next instanceof Thread
                || stop.contains(next) || !seen.add(next)) {
            return;
        }
        pending.push(next);
    }

    private long[] referenceOffsets(Class<?> type) {
        return referenceOffsets.computeIfAbsent(type, t -> {
            List<Long> offsets = new ArrayList<>();
            for (Class<?> c = t; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    boolean referent = c == Reference.class && field.getName().equals("referent");
                    if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive() && !referent) {
                        offsets.add(vm.fieldOffset(field));
                    }
                }
            }
            return offsets.stream().mapToLong(Long::longValue).toArray();
        });
    }

    private static Set<Object> identitySet(List<Object> objects) {
        Set<Object> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(objects);
        return set;
    }
}
