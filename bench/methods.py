# methods: attribute access and method calls on instances of small classes with
# inheritance, super(), a property and a classmethod. A particle system stepped in ints.
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Body:
    count = 0

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        Body.count += 1

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.bounce()

    def bounce(self):
        if self.pos.x > 1000 or self.pos.x < -1000:
            self.vel = Vec(-self.vel.x, self.vel.y)
        if self.pos.y > 1000 or self.pos.y < -1000:
            self.vel = Vec(self.vel.x, -self.vel.y)

    @classmethod
    def at(cls, i):
        return cls(Vec(i * 7 % 2000 - 1000, i * 13 % 2000 - 1000), Vec(i % 7 - 3, i % 5 - 2))


class HeavyBody(Body):
    def __init__(self, pos, vel, mass):
        super().__init__(pos, vel)
        self.mass = mass

    def step(self):
        super().step()
        self.vel = self.vel.add(Vec(0, -1)) if self.mass > 5 else self.vel


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 8000
    bodies = []
    for i in range(100):
        b = Body.at(i)
        bodies.append(HeavyBody(b.pos, b.vel, i % 10) if i % 3 == 0 else b)
    for _ in range(n):
        for b in bodies:
            b.step()
    check = 0
    for b in bodies:
        check = (check * 31 + b.pos.norm1 + b.vel.scaled(3).norm1) % 1000000007
    print(f"methods n={n} checksum={check}:{Body.count}")


main()
