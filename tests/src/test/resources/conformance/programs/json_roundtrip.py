# programs: a hand-written JSON encoder and recursive-descent decoder, checked by round-tripping values
class DecodeError(ValueError):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def encode(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value:
            raise ValueError("NaN is not allowed")
        return repr(value)
    if isinstance(value, str):
        out = []
        for ch in value:
            if ch in ESCAPES:
                out.append(ESCAPES[ch])
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(value, (list, tuple)):
        items = [encode(v, indent, level + 1) for v in value]
        return wrap("[", "]", items, indent, level)
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(encode(k) + ": " + encode(v, indent, level + 1))
        return wrap("{", "}", items, indent, level)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

def wrap(open_, close, items, indent, level):
    if not items:
        return open_ + close
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    return open_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * level) + close

class Decoder:
    def __init__(self, text):
        self.text, self.i = text, 0
    def error(self, msg):
        raise DecodeError(f"{msg} at offset {self.i}")
    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1
    def decode(self):
        value = self.value()
        self.ws()
        if self.i != len(self.text):
            self.error("extra data")
        return value
    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.text[self.i] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            key = self.string()
            self.ws()
            if self.text[self.i] != ":":
                self.error("expected ':'")
            self.i += 1
            result[key] = self.value()
            self.ws()
            sep = self.text[self.i]
            self.i += 1
            if sep == "}":
                return result
            if sep != ",":
                self.error("expected ',' or '}'")
    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.text[self.i] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            sep = self.text[self.i]
            self.i += 1
            if sep == "]":
                return result
            if sep != ",":
                self.error("expected ',' or ']'")
    def string(self):
        if self.text[self.i] != '"':
            self.error("expected string")
        self.i += 1
        out = []
        reverse = {v[1]: k for k, v in ESCAPES.items()}
        while True:
            if self.i >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.i]
                self.i += 1
                if esc == "u":
                    out.append(chr(int(self.text[self.i:self.i + 4], 16)))
                    self.i += 4
                else:
                    out.append(reverse[esc])
            else:
                out.append(ch)
    def number(self):
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        token = self.text[start:self.i]
        if not token:
            self.error("unexpected character " + repr(self.text[self.i]))
        return float(token) if any(c in token for c in ".eE") else int(token)

doc = {"name": "Eddy", "version": [0, 1, 0], "ok": True, "none": None, "ratio": 0.25,
       "big": 2 ** 70, "text": 'quote " slash \\ tab\t nl\n é', "nested": {"empty": {}, "list": [[], [1, [2]]]}}
compact = encode(doc)
print(compact)
print(encode(doc, indent=2))
back = Decoder(compact).decode()
print("round trip equal:", back == doc)
print(Decoder(encode(doc, indent=4)).decode() == doc)
for text in ['[1, 2', '{"a" 1}', '[1,]', 'nul', '"abc', '{"a": 1} x', '[1e3, -2.5, 0]', ' "\\u00e9" ']:
    try:
        print(repr(text), "->", Decoder(text).decode())
    except (DecodeError, IndexError) as e:
        print(repr(text), "->", type(e).__name__, e)
for bad in [{1: "int key"}, {"s": {1, 2}}, float("nan")]:
    try:
        encode(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
