# lexer: nested replacement fields, conversions, quotes and expressions inside f-strings
width = 12
precision = 3
value = 3.14159265
print(f"[{value:{width}.{precision}f}]")
print(f"[{value:>{width}}]")
for w, p in [(6, 1), (8, 2), (10, 4)]:
    print(f"|{value:{w}.{p}f}|{'x':{'<' if w < 8 else '>'}{w}}|")
align = "^"
fill = "."
print(f"[{'mid':{fill}{align}{width}}]")
data = {"key": "value", "n": 5}
items = [10, 20, 30]
print(f"{data['key']} {data['n'] * 2} {items[1]} {items[-1]} {len(items)}")
print(f"{'nested ' + f'inner {items[0]}'}")
print(f"{', '.join(str(i) for i in items)}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1}['a'] }")
print(f"{(lambda x: x * 10)(4)}")
print(f"{value if value > 3 else 0:.2f}")
text = "quote's"
print(f"{text!r} {text!s} {text}")
print(f"{'tab'!r:>10}|{3!s:<4}|{'é'!s:>3}|")
print(f"{value=}")
print(f"{value = }")
print(f"{value=:.2f}")
print(f"{text=!s}")
print(f"{items[0] + items[1]=}")
print(f"{len(items)=} {data['n']=}")
print(f"{{literal braces}} {{{items[0]}}} {{}}")
print(f"{'{'}{'}'}")
name = "Eddy"
print(f"Hello, {name.upper()}! {name.lower()!r} has {len(name)} letters")
print(f"{name[::-1]} {name[1:3]} {name * 2}")
multi = f"""first {width}
second {precision!r}
third {value:.1f}"""
print(multi)
print(rf"raw \n {width}", fr"{precision}\t")
print(f"{3 + 4}" f"{'b'}" "plain" f"{5}")
print(f"{10:{'>'}{4}}|{ 10 :<4}|")
print(f"{'%.3f' % value} {format(value, '.1e')}")
print(f"{'yes' if items else 'no'} {not items}")
print(f"{print.__name__}")
