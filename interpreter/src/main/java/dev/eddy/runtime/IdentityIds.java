package dev.eddy.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * id(): a number unique to each live object and stable for its lifetime. Objects are held
 * weakly, so asking for an id does not keep an object alive. Each interpreter numbers its own
 * objects (see {@link InterpreterState#ids}).
 */
public final class IdentityIds {
    private final HashMap<Integer, Entry> table = new HashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private long next = 0x7f0000001000L;

    IdentityIds() {
    }

    /** id(o) in the calling thread's interpreter. */
    public static long of(Object o) {
        return InterpreterState.current().ids.idOf(o);
    }

    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final long id;
        Entry chain;

        Entry(Object o, int hash, long id, Entry chain, ReferenceQueue<Object> queue) {
            super(o, queue);
            this.hash = hash;
            this.id = id;
            this.chain = chain;
        }
    }

    public synchronized long idOf(Object o) {
        purge();
        int h = System.identityHashCode(o);
        Entry head = table.get(h);
        for (Entry e = head; e != null; e = e.chain) {
            if (e.get() == o) {
                return e.id;
            }
        }
        long id = next;
        next += 16;
        table.put(h, new Entry(o, h, id, head, queue));
        return id;
    }

    private void purge() {
        for (Object r = queue.poll(); r != null; r = queue.poll()) {
            Entry dead = (Entry) r;
            Entry head = table.get(dead.hash);
            Entry prev = null;
            for (Entry e = head; e != null; prev = e, e = e.chain) {
                if (e == dead) {
                    if (prev == null) {
                        if (e.chain == null) {
                            table.remove(dead.hash);
                        } else {
                            table.put(dead.hash, e.chain);
                        }
                    } else {
                        prev.chain = e.chain;
                    }
                    break;
                }
            }
        }
    }
}
