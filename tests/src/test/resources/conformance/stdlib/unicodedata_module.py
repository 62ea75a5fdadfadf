# stdlib: unicodedata: names, categories, numeric values, widths, normalization
import unicodedata as u

chars = "aZ0٣½Ⅻ①\u00e9\u0301 \t\n\u00a0\u2028\u4e00\uac00\ud7a3\uff21\u3042\u0600\u05d0(\u00bb\U0001f600\U00020000\u0f33\u2155\uf900\u1b170\u00df\u0130\u03a3"
for c in chars:
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.name(c, "-"), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
for name in ("LATIN SMALL LETTER A", "latin small letter a", "GREEK CAPITAL LETTER SIGMA", "CJK UNIFIED IDEOGRAPH-4E00",
             "HANGUL SYLLABLE GAG", "SNOWMAN", "GRINNING FACE", "VULGAR FRACTION ONE HALF"):
    print(name, hex(ord(u.lookup(name))))
s = "Cafe\u0301 \ufb01 \u2460 \u1e9b\u0323 \uac00 \u1100\u1161"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(form, s)
    print(form, [hex(ord(c)) for c in n], u.is_normalized(form, s), u.is_normalized(form, n))
print(u.unidata_version, u.name("\x00", "none"), u.numeric("\u2155"), u.digit("\u2460"), u.decimal("\u0663"))

def err(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

err(u.name, "ab")
err(u.name, "")
err(u.name, 5)
err(u.name, "\x00")
err(u.lookup, "nope")
err(u.lookup, "x" * 300)
err(u.lookup, "hangul syllable ga")
err(u.decimal, "a")
err(u.digit, "a")
err(u.numeric, "a")
err(u.digit, "\u00bd")
err(u.normalize, "X", "a")
err(u.normalize, "NFC", 5)
err(u.category, "ab")
err(u.combining, "")
