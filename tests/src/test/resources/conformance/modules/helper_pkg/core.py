print("helper_pkg.core: running as", __name__, "package", __package__)


def double(x):
    return 2 * x
