"""What __spec__ and __loader__ of a module made from a .py file are (importlib's ModuleSpec and
SourceFileLoader, as far as programs look at them). _read_source and _read_bytes come from the
interpreter: they read files and the Lib bundled in the stdlib jar alike."""


class ModuleSpec:
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations)


class SourceFileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is not None and name != self.name:
            raise ImportError(f'loader for {self.name} cannot handle {name}', name=name)

    def get_filename(self, name=None):
        self._check_name(name)
        return self.path

    def is_package(self, fullname):
        return self.path.rpartition('/')[2] == '__init__.py'

    def get_source(self, fullname):
        self._check_name(fullname)
        return _read_source(self.path)

    def get_data(self, path):
        return _read_bytes(path)
