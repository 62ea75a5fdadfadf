# errors: uncaught TypeError from mixing types in arithmetic inside a method
class Cart:
    def __init__(self):
        self.items = []
    def add(self, name, price):
        self.items.append((name, price))
    def total(self):
        return sum(price for _, price in self.items)
cart = Cart()
cart.add("pen", 2)
cart.add("book", 12)
print("total", cart.total())
cart.add("gift card", "25")
print("total", cart.total())
