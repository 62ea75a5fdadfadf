# classes: arithmetic dunders on a Money value type: reflected ops, NotImplemented, in-place, unary
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{abs(self.cents) // 100}.{abs(self.cents) % 100:02d} {self.currency}"
    def _check(self, other):
        if isinstance(other, Money) and other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
    def __add__(self, other):
        if isinstance(other, Money):
            self._check(other)
            return Money(self.cents + other.cents, self.currency)
        if isinstance(other, int):
            return Money(self.cents + other, self.currency)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return Money(self.cents - other.cents, self.currency)
    def __mul__(self, factor):
        if isinstance(factor, (int, float)):
            return Money(round(self.cents * factor), self.currency)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, n):
        if isinstance(n, Money):
            return self.cents / n.cents
        return Money(round(self.cents / n), self.currency)
    def __floordiv__(self, n):
        return [Money(self.cents // n + (1 if i < self.cents % n else 0), self.currency) for i in range(n)]
    def __mod__(self, n):
        return Money(self.cents % n, self.currency)
    def __neg__(self):
        return Money(-self.cents, self.currency)
    def __pos__(self):
        return Money(self.cents, self.currency)
    def __abs__(self):
        return Money(abs(self.cents), self.currency)
    def __iadd__(self, other):
        print("  (in-place add)")
        self.cents += other.cents
        return self
    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)
a = Money(1050)
b = Money(299)
print(a + b, a - b, b - a, a * 3, 2 * b, a * 0.5)
print(a / 4, a / b, a // 3, a % 7)
print(-a, +b, abs(Money(-5)), a + 1)
print(sum([a, b, Money(1)]), sum([], Money(0)))
wallet = Money(0)
alias = wallet
wallet += a
print(wallet, alias, wallet is alias)
c = Money(100)
c -= Money(1)
print(c)
try:
    a + Money(1, "USD")
except ValueError as e:
    print("ValueError", e)
try:
    a + "text"
except TypeError as e:
    print("TypeError", e)
try:
    "text" - a
except TypeError as e:
    print("TypeError", e)
try:
    a * a
except TypeError as e:
    print("TypeError", e)
print(a == Money(1050), a == Money(1050, "USD"), a != b, a == 1050)
