package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyObject;
import dev.eddy.runtime.PyStr;
import dev.eddy.runtime.PyTuple;
import dev.eddy.runtime.PyType;

/** datetime.IsoCalendarDate: the (year, week, weekday) tuple date.isocalendar() returns, with named fields. */
final class IsoCalendarDate extends PyTuple {
    static final PyType TYPE = DtArgs.type("IsoCalendarDate", PyTuple.TYPE, IsoCalendarDate::construct);

    IsoCalendarDate(int year, int week, int weekday) {
        super(new PyObject[] {PyInt.of(year), PyInt.of(week), PyInt.of(weekday)});
    }

    private static PyObject construct(PyType cls, PyObject[] a, String[] kw) {
        PyObject[] p = DtArgs.bind("IsoCalendarDate", a, kw, new String[] {"year", "week", "weekday"}, 3);
        return new IsoCalendarDate(DtArgs.toInt(p[0]), DtArgs.toInt(p[1]), DtArgs.toInt(p[2]));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyStr repr() {
        return new PyStr(TYPE.name + "(year=" + items[0].repr().value + ", week=" + items[1].repr().value + ", weekday="
                + items[2].repr().value + ")");
    }

    @Override
    public PyStr str() {
        return repr();
    }

    private static IsoCalendarDate self(PyObject[] a, String m) {
        return DtArgs.self(a, IsoCalendarDate.class, TYPE, m);
    }

    static {
        DtArgs.getter(TYPE, "year", o -> ((PyTuple) o).items[0]);
        DtArgs.getter(TYPE, "week", o -> ((PyTuple) o).items[1]);
        DtArgs.getter(TYPE, "weekday", o -> ((PyTuple) o).items[2]);
        TYPE.def("__repr__", (a, kw) -> self(a, "__repr__").repr());
        TYPE.def("__reduce__", (a, kw) -> {
            // pickles as a plain tuple, as CPython's does
            return DtArgs.tuple(PyTuple.TYPE, DtArgs.tuple(new PyTuple(self(a, "__reduce__").items)));
        });
    }
}
