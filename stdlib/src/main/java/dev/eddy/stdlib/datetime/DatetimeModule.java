package dev.eddy.stdlib.datetime;

import dev.eddy.runtime.ModuleProvider;
import dev.eddy.runtime.PyInt;
import dev.eddy.runtime.PyModule;
import dev.eddy.runtime.PyStr;

/** The _datetime module, whose names datetime.py imports over its pure-Python classes. */
public final class DatetimeModule implements ModuleProvider {
    @Override
    public String name() {
        return "_datetime";
    }

    @Override
    public PyModule create() {
        PyModule m = new PyModule("_datetime");
        m.set("__doc__", new PyStr("Fast implementation of the datetime type."));
        m.set("MINYEAR", PyInt.of(ProlepticCalendar.MINYEAR));
        m.set("MAXYEAR", PyInt.of(ProlepticCalendar.MAXYEAR));
        m.set("date", PyDate.TYPE);
        m.set("datetime", PyDateTime.TYPE);
        m.set("time", PyTime.TYPE);
        m.set("timedelta", PyTimedelta.TYPE);
        m.set("tzinfo", PyTzInfo.TYPE);
        m.set("timezone", PyTimezone.TYPE);
        m.set("UTC", PyTimezone.UTC);
        return m;
    }
}
