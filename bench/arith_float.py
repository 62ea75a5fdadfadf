# arith_float: float arithmetic. The spectral norm of an infinite matrix (the classic
# benchmark, in plain lists) and a Mandelbrot escape-count grid.
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)


def mul_av(v, n):
    return [sum(eval_a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(eval_a(j, i) * v[j] for j in range(n)) for i in range(n)]


def spectral_norm(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atv(mul_av(u, n), n)
        u = mul_atv(mul_av(v, n), n)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


def mandelbrot(size):
    total = 0
    for py in range(size):
        y0 = py * 2.0 / size - 1.0
        for px in range(size):
            x0 = px * 3.0 / size - 2.0
            x = 0.0
            y = 0.0
            k = 0
            while k < 50 and x * x + y * y <= 4.0:
                x, y = x * x - y * y + x0, 2.0 * x * y + y0
                k += 1
            total += k
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    s = spectral_norm(n)
    m = mandelbrot(n * 2)
    print(f"arith_float n={n} checksum={s:.9f}:{m}")


main()
