# builtins: input() reads lines from standard input, with and without a prompt; EOFError at the end
name = input()
print("name:", name)
age = int(input("age? "))
print()
print("next year:", age + 1)
numbers = [int(x) for x in input().split()]
print("sum:", sum(numbers), "max:", max(numbers))
count = int(input())
rows = [input().strip() for _ in range(count)]
for i, row in enumerate(rows, 1):
    print(f"row {i}: {row!r} ({len(row)} chars)")
blank = input()
print("blank line:", repr(blank))
spaces = input()
print("kept spaces:", repr(spaces))
remaining = []
while True:
    try:
        remaining.append(input())
    except EOFError:
        print("EOFError reached after", len(remaining), "more lines")
        break
print(remaining)
