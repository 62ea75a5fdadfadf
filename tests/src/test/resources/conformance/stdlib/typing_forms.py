# stdlib: typing is CPython's typing.py: generic aliases, TypeVar, Optional, get_type_hints, NamedTuple, TypedDict, Protocol
import typing
from typing import Dict, List, Optional, TypeVar, Union, NamedTuple, TypedDict, Protocol, runtime_checkable
T = TypeVar("T")
print(List[int], Dict[str, List[int]], T, Optional[int], Union[int, str], typing.Callable[[int], str])
def f(x: int, y: "str" = "a") -> List[int]:
    return [x]
print(typing.get_type_hints(f), typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P._fields, P._field_defaults)
class Movie(TypedDict, total=False):
    title: str
print(Movie(title="x"), Movie.__total__, sorted(Movie.__annotations__))
@runtime_checkable
class Sized(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], Sized), isinstance(3, Sized))
class Box(typing.Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box(3).v, typing.cast(int, "x"), typing.overload.__name__)
