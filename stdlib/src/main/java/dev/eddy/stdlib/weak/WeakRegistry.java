package dev.eddy.stdlib.weak;

import dev.eddy.runtime.InterpreterState;
import dev.eddy.runtime.PyObject;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The weak references of one interpreter: each referent's live references (found by identity,
 * since Python objects hash by value) and the queue on which Java reports the cleared ones.
 */
final class WeakRegistry {
    final ReferenceQueue<PyObject> queue = new ReferenceQueue<>();
    /** Referent identity hash to the references to objects with that hash, oldest first. */
    private final HashMap<Integer, List<PyWeakRef>> byReferent = new HashMap<>();

    static WeakRegistry current() {
        return InterpreterState.current().extension(WeakRegistry.class, WeakRegistry::new);
    }

    synchronized void add(PyObject referent, PyWeakRef ref) {
        byReferent.computeIfAbsent(System.identityHashCode(referent), k -> new ArrayList<>()).add(ref);
    }

    /** The live references to {@code referent}, oldest first. */
    synchronized List<PyWeakRef> refsTo(PyObject referent) {
        List<PyWeakRef> all = byReferent.get(System.identityHashCode(referent));
        List<PyWeakRef> out = new ArrayList<>();
        if (all != null) {
            for (PyWeakRef r : all) {
                if (r.referent.get() == referent) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    synchronized void forget(PyWeakRef ref) {
        List<PyWeakRef> all = byReferent.get(ref.identity);
        if (all != null) {
            all.remove(ref);
            if (all.isEmpty()) {
                byReferent.remove(ref.identity);
            }
        }
    }

    /**
     * Runs a full Java collection and waits until the references it cleared are queued: a
     * sentinel object made unreachable just before is cleared by the same collection.
     */
    void collect() {
        WeakReference<Object> sentinel = new WeakReference<>(new Object(), castQueue());
        System.gc();
        long deadline = System.nanoTime() + 1_000_000_000L;
        try {
            boolean sentinelSeen = false;
            while (System.nanoTime() < deadline) {
                // the collection clears all references at once, but they reach the queue one by
                // one in no set order: after the sentinel, take what else comes within a moment
                Reference<?> r = queue.remove(sentinelSeen ? 20 : 10);
                if (r == null && sentinelSeen) {
                    break;
                }
                if (r == sentinel) {
                    sentinelSeen = true;
                } else if (r instanceof PyWeakRef.Link link) {
                    pending.add(link.owner);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** References found dead while waiting in {@link #collect}, whose callbacks are still to run. */
    private final List<PyWeakRef> pending = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private ReferenceQueue<Object> castQueue() {
        return (ReferenceQueue<Object>) (ReferenceQueue<?>) queue;
    }

    /** The references cleared since the last call, in the order Java reported them. */
    List<PyWeakRef> drainDead() {
        List<PyWeakRef> dead = new ArrayList<>(pending);
        pending.clear();
        Reference<?> r;
        while ((r = queue.poll()) != null) {
            if (r instanceof PyWeakRef.Link link) {
                dead.add(link.owner);
            }
        }
        for (PyWeakRef ref : dead) {
            forget(ref);
        }
        return dead;
    }
}
