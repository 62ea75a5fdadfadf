# errors: an exception raised while handling another; the last stderr line is the newest exception
def load(config):
    try:
        return config["port"]
    except KeyError:
        print("port missing, falling back")
        return int(config["fallback"])
print(load({"port": 80}))
print(load({"fallback": "8080"}))
print(load({"fallback": "eighty"}))
