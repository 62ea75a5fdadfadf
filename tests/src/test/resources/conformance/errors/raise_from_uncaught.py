# errors: uncaught exception raised with "from"; the last line belongs to the final exception
class ConfigError(Exception):
    pass
def read_setting(settings, name):
    try:
        return settings[name]
    except KeyError as e:
        raise ConfigError(f"setting {name!r} is required") from e
print(read_setting({"debug": True}, "debug"))
read_setting({}, "database_url")
