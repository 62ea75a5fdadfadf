# exceptions: a custom exception hierarchy with handlers ordered from specific to general
class ShopError(Exception):
    """Base error of the shop."""
class OutOfStock(ShopError):
    def __init__(self, item, wanted, available):
        super().__init__(f"{item}: wanted {wanted}, only {available} left")
        self.item = item
class PaymentError(ShopError):
    pass
class CardDeclined(PaymentError):
    pass
class InsufficientFunds(PaymentError):
    def __init__(self, missing):
        super().__init__(f"missing {missing:.2f}")
        self.missing = missing
stock = {"apple": 3, "pear": 0}
prices = {"apple": 0.5, "pear": 0.75}
def buy(item, qty, wallet, card_ok=True):
    if item not in stock:
        raise KeyError(item)
    if stock[item] < qty:
        raise OutOfStock(item, qty, stock[item])
    cost = prices[item] * qty
    if not card_ok:
        raise CardDeclined("card declined by bank")
    if cost > wallet:
        raise InsufficientFunds(cost - wallet)
    stock[item] -= qty
    return cost
orders = [("apple", 2, 5.0, True), ("pear", 1, 5.0, True), ("apple", 1, 0.1, True),
          ("apple", 1, 9.0, False), ("kiwi", 1, 1.0, True), ("apple", 5, 9.0, True)]
for item, qty, wallet, card in orders:
    try:
        cost = buy(item, qty, wallet, card)
    except OutOfStock as e:
        print("out of stock ->", e, "| item attr:", e.item)
    except InsufficientFunds as e:
        print("funds ->", e, "| missing:", round(e.missing, 2))
    except PaymentError as e:
        print("payment ->", type(e).__name__, e)
    except ShopError as e:
        print("shop ->", e)
    except LookupError as e:
        print("lookup ->", type(e).__name__, e)
    else:
        print(f"bought {qty} {item} for {cost:.2f}")
print("stock", stock)
print([c.__name__ for c in InsufficientFunds.__mro__])
print(issubclass(CardDeclined, ShopError), isinstance(OutOfStock("a", 1, 0), PaymentError))
print(ShopError.__doc__)
def first_matching(exc):
    try:
        raise exc
    except ShopError:
        return "ShopError handler"
    except Exception:
        return "Exception handler"
print(first_matching(CardDeclined()), first_matching(ValueError()))
try:
    try:
        buy("pear", 1, 10.0)
    except PaymentError:
        print("wrong handler")
except ShopError as e:
    print("outer handler got", type(e).__name__)
