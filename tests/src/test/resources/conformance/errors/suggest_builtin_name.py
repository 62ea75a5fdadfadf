# errors: an uncaught NameError suggests a builtin; a case flip costs less than an edit
Print("hello")
