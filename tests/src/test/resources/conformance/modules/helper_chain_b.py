SUFFIX = "!"
print("helper_chain_b loaded as", __name__)

def shout(text):
    return text.upper()
