package dev.eddy.builtins;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * id(): a number unique to each live object and stable for its lifetime. Objects are held
 * weakly, so asking for an id does not keep an object alive.
 */
public final class IdentityIds {
    private static final HashMap<Integer, Entry> TABLE = new HashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static long next = 0x7f0000001000L;

    private IdentityIds() {
    }

    private static final class Entry extends WeakReference<Object> {
        final int hash;
        final long id;
        Entry chain;

        Entry(Object o, int hash, long id, Entry chain) {
            super(o, QUEUE);
            this.hash = hash;
            this.id = id;
            this.chain = chain;
        }
    }

    public static synchronized long of(Object o) {
        purge();
        int h = System.identityHashCode(o);
        Entry head = TABLE.get(h);
        for (Entry e = head; e != null; e = e.chain) {
            if (e.get() == o) {
                return e.id;
            }
        }
        long id = next;
        next += 16;
        TABLE.put(h, new Entry(o, h, id, head));
        return id;
    }

    private static void purge() {
        for (Object r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            Entry dead = (Entry) r;
            Entry head = TABLE.get(dead.hash);
            Entry prev = null;
            for (Entry e = head; e != null; prev = e, e = e.chain) {
                if (e == dead) {
                    if (prev == null) {
                        if (e.chain == null) {
                            TABLE.remove(dead.hash);
                        } else {
                            TABLE.put(dead.hash, e.chain);
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
