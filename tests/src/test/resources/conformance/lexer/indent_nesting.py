# lexer: indentation of varying widths per block, deep nesting, dedent several levels at once
def classify(n):
  if n < 0:
        return "negative"
  elif n == 0:
   return "zero"
  else:
      if n % 2 == 0:
              if n > 100:
                  return "big even"
              return "even"
      else:
        return "odd"

for value in [-5, 0, 3, 8, 250]:
    print(value, classify(value))

def tab_indented(x):
	total = 0
	for i in range(x):
		if i % 2:
			total += i
	return total

print("tab block:", tab_indented(10))

class Outer:
    class Inner:
            def deep(self):
                def deeper():
                    def deepest():
                        return "bottom"
                    return deepest()
                return deeper()
    def shallow(self):
     return "top"

print(Outer.Inner().deep(), Outer().shallow())

x = 0
while x < 3:
    x += 1
    if x == 2:
        for y in range(2):
            for z in range(2):
                if y == z:
                    print("diag", x, y, z)
print("after loops", x)

if True:
    pass
    # comment deeper than code
        # comment even deeper
    print("comments do not affect indentation")
# comment at column 0 inside nothing
def after_comment():
    return 1
                # odd comment before dedent
print("value", after_comment())

if x: print("one-line if body")
for i in range(2): print("one-line for", i)
while x > 2: x -= 1; print("one-line while", x)
class Tiny: value = 7
def tiny(): return Tiny.value * 2
print(tiny())
