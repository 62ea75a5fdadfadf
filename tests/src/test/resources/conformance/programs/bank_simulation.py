# programs: a bank simulation: account types, transfers with rollback, interest, overdraft rules, audit log
class InsufficientFunds(Exception):
    pass
class AccountFrozen(Exception):
    pass

class Account:
    _next_number = 1000
    interest_rate = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.number = Account._next_number
        Account._next_number += 1
        self._balance = balance
        self.frozen = False
        self.history = [("open", balance)]
    @property
    def balance(self):
        return self._balance
    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")
    def limit(self):
        return 0
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if self._balance - amount < -self.limit():
            raise InsufficientFunds(f"{self.owner} cannot withdraw {amount}: balance {self._balance}")
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        interest = round(self._balance * self.interest_rate)
        if interest:
            self._balance += interest
            self.history.append(("interest", interest))
    def __repr__(self):
        return f"{type(self).__name__}#{self.number}({self.owner}, {self._balance})"

class Savings(Account):
    interest_rate = 0.02
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise InsufficientFunds("savings allow two withdrawals")
        super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def limit(self):
        return self.overdraft
    def month_end(self):
        if self._balance < 0:
            fee = 15
            self._balance -= fee
            self.history.append(("fee", fee))

class Bank:
    def __init__(self):
        self.accounts = {}
        self.audit = []
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amount)
            try:
                b.deposit(amount)
            except Exception:
                a._balance += amount
                a.history.append(("rollback", amount))
                raise
        except (InsufficientFunds, AccountFrozen, ValueError) as e:
            self.audit.append(f"FAILED {src}->{dst} {amount}: {type(e).__name__}: {e}")
            return False
        self.audit.append(f"ok {src}->{dst} {amount}")
        return True
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
ann = bank.open(Checking, "ann", 500)
bob = bank.open(Savings, "bob", 1000)
cy = bank.open(Checking, "cy", 50, overdraft=0)
di = bank.open(Account, "di")
print(ann, bob, cy, di)
print(bank.total())
print(bank.transfer(ann.number, bob.number, 200))
print(bank.transfer(cy.number, ann.number, 80))
print(bank.transfer(ann.number, cy.number, 350))
print(bank.transfer(bob.number, di.number, 100))
print(bank.transfer(bob.number, di.number, 100))
print(bank.transfer(bob.number, di.number, 100))
di.frozen = True
print(bank.transfer(ann.number, di.number, 10))
print(bank.transfer(ann.number, cy.number, -5))
bank.month_end()
for acct in bank.accounts.values():
    print(acct, acct.history)
for line in bank.audit:
    print(line)
print("total after month end", bank.total())
try:
    ann.balance = 10
except AttributeError as e:
    print("AttributeError", e)
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest:", richest.owner, richest.balance)
print(sorted((a.owner for a in bank.accounts.values() if a.balance < 100)))
