class Config:
    def __init__(self):
        self.timeout = 3

try:
    Config().timout
except AttributeError as e:
    e.add_note("while reading the config")
    raise
