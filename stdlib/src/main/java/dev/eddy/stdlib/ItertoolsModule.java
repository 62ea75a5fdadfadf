package dev.eddy.stdlib;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyType;

/** The itertools module: every iterator is lazy. */
public final class ItertoolsModule implements ModuleProvider {
    @Override
    public String name() {
        return "itertools";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("itertools");
        for (PyType t : new PyType[] {InfiniteIterators.Count.TYPE, InfiniteIterators.Cycle.TYPE, InfiniteIterators.Repeat.TYPE,
            SlicingIterators.Islice.TYPE, SlicingIterators.Chain.TYPE, SlicingIterators.TakeWhile.TYPE,
            SlicingIterators.DropWhile.TYPE, SlicingIterators.FilterFalse.TYPE, SlicingIterators.Compress.TYPE,
            SlicingIterators.Starmap.TYPE, SlicingIterators.Pairwise.TYPE, GroupingIterators.GroupBy.TYPE,
            GroupingIterators.Accumulate.TYPE, GroupingIterators.ZipLongest.TYPE, Combinatorics.Product.TYPE,
            Combinatorics.Permutations.TYPE, Combinatorics.Combinations.TYPE, Combinatorics.Combinations.WITH_REPLACEMENT}) {
            m.set(t.name, t);
        }
        Mod.def(m, "tee", GroupingIterators.Tee::tee);
        return m;
    }
}
