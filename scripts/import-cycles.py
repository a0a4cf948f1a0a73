#!/usr/bin/env python3
"""List the import circles of src/: groups of files that import each other,
directly or through others (DESIGN §9: arrows point down).

A file imports another when it names an item of that file's module through
`crate::...`, `super::...` or `self::...` (in `use` lines or inline). A
parent's `mod child;` line is not an import, nor is anything from a file's
first `#[cfg(test)]` on (its tests). Prints one circle per line,
largest first, and exits 1 when there is any.

Usage: scripts/import-cycles.py [SRC_DIR]   (default: src)
"""
import os
import re
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "src")
SRC = os.path.normpath(SRC)


def module_of(path):
    """src/events/summary/mod.rs -> ('events', 'summary')."""
    rel = os.path.relpath(path, SRC)[: -len(".rs")].split(os.sep)
    if rel[-1] in ("mod", "lib", "main"):
        rel = rel[:-1]
    return tuple(rel)


files = {}
for root, _, names in os.walk(SRC):
    for name in names:
        if name.endswith(".rs"):
            path = os.path.join(root, name)
            files[module_of(path)] = os.path.relpath(path, SRC)
# main.rs is the binary's root, lib.rs the library's: the library's is meant.
files[()] = "lib.rs" if os.path.exists(os.path.join(SRC, "lib.rs")) else "main.rs"


def owner(parts):
    """The file that holds the item at module path `parts`."""
    parts = tuple(parts)
    while parts not in files:
        parts = parts[:-1]
    return parts


def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"//[^\n]*", "", text)
    # A file's own tests (`#[cfg(test)] mod tests`, at its end by custom)
    # import their parent with `use super::*`: that is not an arrow up.
    cut = text.find("#[cfg(test)]")
    return text if cut == -1 else text[:cut]


def use_paths(tree, prefix=()):
    """Expand a `use` tree (`a::{b, c::d}`) into its paths."""
    tree = tree.strip()
    depth, start, parts = 0, 0, []
    brace = tree.find("{")
    if brace == -1:
        return [prefix + tuple(p for p in tree.split(" as ")[0].split("::") if p)]
    head = tuple(p for p in tree[:brace].split("::") if p)
    inner = tree[brace + 1 : tree.rfind("}")]
    for i, c in enumerate(inner):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(inner[start:i])
            start = i + 1
    parts.append(inner[start:])
    out = []
    for part in parts:
        if part.strip():
            out += use_paths(part, prefix + head)
    return out


def resolve(module, path, is_mod_file):
    """A path as written in `module` -> an absolute module path, or None."""
    if not path:
        return None
    # `super` of a file x.rs is its parent module; of a mod.rs, the module's parent.
    if path[0] == "crate":
        return path[1:]
    if path[0] in ("super", "self"):
        base = list(module)
        rest = list(path)
        if rest[0] == "self":
            rest = rest[1:]
        while rest and rest[0] == "super":
            base = base[:-1]
            rest = rest[1:]
        return tuple(base) + tuple(rest)
    return None


edges = {m: set() for m in files}
for module, rel in files.items():
    text = strip_comments(open(os.path.join(SRC, rel), encoding="utf-8").read())
    is_mod = rel.endswith(("mod.rs", "lib.rs", "main.rs"))
    paths = []
    for m in re.finditer(r"\buse\s+([^;]+);", text):
        paths += use_paths(m.group(1))
    for m in re.finditer(r"\b((?:crate|super|self)(?:::\w+)+)", text):
        paths.append(tuple(m.group(1).split("::")))
    for path in paths:
        target = resolve(module, path, is_mod)
        if target is None:
            continue
        to = owner(target)
        if to != module and to != ():
            edges[module].add(to)

# Tarjan's strongly connected components.
index, low, stack, on, circles = {}, {}, [], set(), []
counter = [0]


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in edges[v]:
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        group = []
        while True:
            w = stack.pop()
            on.discard(w)
            group.append(w)
            if w == v:
                break
        if len(group) > 1:
            circles.append(sorted(files[m] for m in group))


sys.setrecursionlimit(10000)
for v in sorted(edges):
    if v not in index:
        visit(v)
circles.sort(key=len, reverse=True)
for c in circles:
    print(f"{len(c)} files: " + " ".join(c))
print(f"{len(circles)} circles among {len(files)} files")
sys.exit(1 if circles else 0)
