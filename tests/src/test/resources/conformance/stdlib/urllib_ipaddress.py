# stdlib: urllib.parse loads (it sets property docstrings), ipaddress basics
import ipaddress
from urllib.parse import urlparse, urldefrag, urlencode, parse_qs


class C:
    @property
    def p(self):
        "original"
        return 1


C.p.__doc__ = "replaced"
print("property doc:", C.p.__doc__, property(doc="given").__doc__, property().__doc__)
u = urlparse("https://user:pw@example.com:8443/a;b?q=1&q=2#frag")
print(u, u.hostname, u.port)
print(urldefrag("http://x/y#z"), urldefrag.__name__)
print(urlencode({"a": "b c", "n": [1, 2]}, doseq=True), parse_qs("a=1&a=2&b="))
a = ipaddress.ip_address("192.168.1.10")
n = ipaddress.ip_network("192.168.1.0/24")
print(a, repr(a), a in n, n.num_addresses, n.netmask, a.is_private, int(a))
print(ipaddress.ip_address("::1"), ipaddress.ip_address("::1").version, list(ipaddress.ip_network("10.0.0.0/30").hosts()))
try:
    ipaddress.ip_address("300.1.1.1")
except ValueError as e:
    print("ValueError:", e)
