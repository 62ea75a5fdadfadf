# errors: an uncaught user-defined exception with a custom __str__ appears as "Module-less name: text"
class InventoryError(Exception):
    def __init__(self, sku, wanted):
        super().__init__(sku, wanted)
        self.sku, self.wanted = sku, wanted
    def __str__(self):
        return f"cannot reserve {self.wanted} of {self.sku}"
stock = {"A1": 3}
def reserve(sku, n):
    if stock.get(sku, 0) < n:
        raise InventoryError(sku, n)
    stock[sku] -= n
    print("reserved", n, sku)
reserve("A1", 2)
reserve("A1", 2)
