# stdlib: random used only in ways whose printed output does not depend on the numbers drawn
import random
random.seed(12345)
values = [random.random() for _ in range(100)]
print(all(0.0 <= v < 1.0 for v in values), len(values))
ints = [random.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, all(isinstance(i, int) for i in ints))
print(all(random.randrange(10, 20, 2) % 2 == 0 for _ in range(50)))
deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))
hand = random.sample(deck, 5)
print(len(hand), len(set(hand)), all(card in deck for card in hand))
choice = random.choice(["rock", "paper", "scissors"])
print(choice in ("rock", "paper", "scissors"))
u = random.uniform(2.5, 3.5)
print(2.5 <= u <= 3.5)
random.seed(99)
first = [random.random() for _ in range(3)]
random.seed(99)
second = [random.random() for _ in range(3)]
print("seeding reproduces the sequence:", first == second)
picks = random.choices("ab", k=10)
print(len(picks), set(picks) <= {"a", "b"})
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
