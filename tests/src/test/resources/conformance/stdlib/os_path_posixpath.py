# stdlib: os.path is CPython's posixpath: join, splitext, normpath, dirname, split, relpath, commonpath
import os
import os.path
import posixpath
print(os.path is posixpath, os.sep, os.curdir, os.pardir)
print(os.path.join("a", "b", "/c", "d"), os.path.join("a", ""), os.path.join("a/", "b"))
print(os.path.splitext("x.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a/.b.c"))
print(os.path.normpath("a/../../b/./c//"), os.path.normpath("/../a"), os.path.normpath("//x"), os.path.normpath("///x"), os.path.normpath(""))
print(os.path.dirname("//a//b/"), os.path.dirname(""), os.path.split("/a"), os.path.split("a/"))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonpath(["/a/b/c", "/a/b/d"]), os.path.commonprefix(["abc", "abd"]))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.basename("a/b.py"), os.path.expanduser("~x/y"))
print(os.fspath("p"), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"), os.name)
