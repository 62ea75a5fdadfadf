# programs: an inventory system: products, warehouses, orders with reservations, restocking and reports
from collections import defaultdict

class OutOfStockError(Exception):
    def __init__(self, sku, requested, available):
        super().__init__(f"{sku}: requested {requested}, available {available}")
        self.sku = sku

class Product:
    def __init__(self, sku, name, price, reorder_level=5):
        self.sku, self.name, self.price, self.reorder_level = sku, name, price, reorder_level
    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price:.2f})"

class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = defaultdict(int)
        self.log = []
    def receive(self, sku, qty):
        self.stock[sku] += qty
        self.log.append(("in", sku, qty))
    def ship(self, sku, qty):
        if self.stock[sku] < qty:
            raise OutOfStockError(sku, qty, self.stock[sku])
        self.stock[sku] -= qty
        self.log.append(("out", sku, qty))

class Inventory:
    def __init__(self):
        self.products = {}
        self.warehouses = {}
    def add_product(self, product):
        self.products[product.sku] = product
    def warehouse(self, name):
        return self.warehouses.setdefault(name, Warehouse(name))
    def total(self, sku):
        return sum(w.stock[sku] for w in self.warehouses.values())
    def fulfil(self, order_id, lines):
        shipped = []
        try:
            for sku, qty in lines:
                remaining = qty
                for w in sorted(self.warehouses.values(), key=lambda w: -w.stock[sku]):
                    take = min(remaining, w.stock[sku])
                    if take:
                        w.ship(sku, take)
                        shipped.append((w, sku, take))
                        remaining -= take
                if remaining:
                    raise OutOfStockError(sku, qty, qty - remaining)
        except OutOfStockError as e:
            for w, sku, take in reversed(shipped):
                w.receive(sku, take)
            print(f"order {order_id} rejected: {e}")
            return None
        value = sum(self.products[sku].price * qty for sku, qty in lines)
        print(f"order {order_id} shipped, value {value:,.2f}")
        return value
    def low_stock(self):
        return sorted(sku for sku, p in self.products.items() if self.total(sku) <= p.reorder_level)
    def report(self):
        print(f"{'SKU':<6}{'name':<12}{'qty':>5}{'value':>10}")
        grand = 0
        for sku in sorted(self.products):
            p = self.products[sku]
            qty = self.total(sku)
            grand += qty * p.price
            print(f"{sku:<6}{p.name:<12}{qty:>5}{qty * p.price:>10,.2f}")
        print(f"{'total':<23}{grand:>10,.2f}")

inv = Inventory()
for p in [Product("A100", "widget", 2.50), Product("B200", "gadget", 19.99, 3),
          Product("C300", "doohickey", 125.00, 1), Product("D400", "gizmo", 7.25, 10)]:
    inv.add_product(p)
north, south = inv.warehouse("north"), inv.warehouse("south")
north.receive("A100", 40); south.receive("A100", 15)
north.receive("B200", 4); south.receive("B200", 6)
south.receive("C300", 2)
north.receive("D400", 12)
inv.report()
orders = {
    1: [("A100", 50), ("B200", 2)],
    2: [("C300", 3)],
    3: [("B200", 7), ("D400", 5)],
    4: [("A100", 5), ("C300", 1)],
}
revenue = 0
for oid, lines in orders.items():
    value = inv.fulfil(oid, lines)
    if value:
        revenue += value
print(f"revenue {revenue:,.2f}")
print("low stock:", inv.low_stock())
for name, w in sorted(inv.warehouses.items()):
    moves = [f"{d}:{s}x{q}" for d, s, q in w.log]
    print(name, len(moves), moves[-3:])
inv.report()
print(inv.products["C300"], inv.total("A100"), inv.total("Z999"))
