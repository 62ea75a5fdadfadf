# modules: imported functions use their own module's globals; classes from modules can be subclassed
import helper_scope
from helper_scope import above, set_threshold, Base, make_counter
threshold = 0
print(above([5, 15, 25]))
set_threshold(20)
print(above([5, 15, 25]), threshold, helper_scope.threshold)
helper_scope.threshold = 1
print(above([0, 1, 2]))
class Child(Base):
    kind = "child in script"
print(Base().describe(), "|", Child().describe())
print(issubclass(Child, helper_scope.Base), Child.__mro__[1].__module__)
c1, c2 = make_counter(), helper_scope.make_counter()
print(c1(), c1(), c2())
print(above.__module__, Child.__module__)
