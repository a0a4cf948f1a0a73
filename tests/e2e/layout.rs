//! The shape of the code (DESIGN §9): no source file imports another that,
//! directly or through others, imports it back. Checked on `src/` and on
//! each crate of the workspace.
//!
//! A file imports another when it names an item of that file's module:
//! through `crate::`, `super::` or `self::`, or (in a module's own file) by a
//! child module's name. A parent's `mod child;` is not an import, nor is
//! anything from a file's first `#[cfg(test)]` on: a file's tests import
//! their parent with `use super::*`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

type Module = Vec<String>;

struct Files {
    /// Module path -> file, relative to the source folder.
    files: BTreeMap<Module, String>,
}

impl Files {
    fn read(src: &Path) -> Files {
        let mut files = BTreeMap::new();
        let mut pending = vec![src.to_path_buf()];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let rel = path
                        .strip_prefix(src)
                        .unwrap()
                        .to_string_lossy()
                        .to_string();
                    files.insert(module_of(&rel), rel);
                }
            }
        }
        Files { files }
    }

    /// The module that holds the item at `path`: its longest prefix that is a file.
    fn owner(&self, path: &[String]) -> Module {
        let mut parts = path.to_vec();
        while !self.files.contains_key(&parts) {
            parts.pop();
        }
        parts
    }
}

/// `events/summary/mod.rs` -> [events, summary]; `lib.rs` and `main.rs` -> [].
fn module_of(rel: &str) -> Module {
    let mut parts: Module = rel
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_string)
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The text that counts: no comments, no tests.
fn code_of(text: &str) -> String {
    let block = Regex::new(r"(?s)/\*.*?\*/").unwrap();
    let line = Regex::new(r"//[^\n]*").unwrap();
    let text = line
        .replace_all(&block.replace_all(text, ""), "")
        .to_string();
    match text.find("#[cfg(test)]") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

/// A `use` tree (`a::{b, c::d}`) as the paths it names.
fn use_paths(tree: &str, prefix: &[String]) -> Vec<Module> {
    let tree = tree.trim();
    let split = |s: &str| -> Module {
        s.split("::")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    };
    let Some(brace) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or_default();
        return vec![prefix.iter().cloned().chain(split(path)).collect()];
    };
    let head: Module = prefix
        .iter()
        .cloned()
        .chain(split(&tree[..brace]))
        .collect();
    let end = tree.rfind('}').filter(|e| *e > brace).unwrap_or(tree.len());
    let inner = &tree[brace + 1..end];
    let (mut depth, mut start, mut parts) = (0, 0, Vec::new());
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| use_paths(p, &head))
        .collect()
}

/// A path as written in `module` -> the absolute module path it names, or
/// `None` for another crate's.
fn resolve(files: &Files, module: &[String], path: &[String]) -> Option<Module> {
    let first = path.first()?;
    match first.as_str() {
        "crate" => Some(path[1..].to_vec()),
        "self" | "super" => {
            let mut base = module.to_vec();
            let mut rest = path;
            if rest[0] == "self" {
                rest = &rest[1..];
            }
            while rest.first().is_some_and(|p| p == "super") {
                base.pop();
                rest = &rest[1..];
            }
            Some(base.into_iter().chain(rest.iter().cloned()).collect())
        }
        // A child module, named from its parent's file.
        child => {
            let mut own = module.to_vec();
            own.push(child.to_string());
            files
                .files
                .contains_key(&own)
                .then(|| module.iter().cloned().chain(path.iter().cloned()).collect())
        }
    }
}

fn imports(files: &Files, src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let uses = Regex::new(r"(?m)^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);").unwrap();
    let inline = Regex::new(r"\b((?:crate|super|self|[a-z_][a-z0-9_]*)(?:::\w+)+)").unwrap();
    let mut edges = BTreeMap::new();
    for (module, rel) in &files.files {
        let code = code_of(&std::fs::read_to_string(src.join(rel)).unwrap());
        let mut paths: Vec<Module> = uses
            .captures_iter(&code)
            .flat_map(|c| use_paths(&c[1], &[]))
            .collect();
        paths.extend(
            inline
                .captures_iter(&code)
                .map(|c| c[1].split("::").map(str::to_string).collect()),
        );
        let targets: BTreeSet<Module> = paths
            .iter()
            .filter_map(|p| resolve(files, module, p))
            .map(|target| files.owner(&target))
            .filter(|to| to != module && !to.is_empty())
            .collect();
        edges.insert(module.clone(), targets);
    }
    edges
}

/// Groups of files that reach each other (strongly connected components of
/// more than one file), by Tarjan's algorithm.
fn circles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<Module, usize>,
        low: BTreeMap<Module, usize>,
        stack: Vec<Module>,
        circles: Vec<Vec<Module>>,
    }
    impl Walk<'_> {
        fn visit(&mut self, v: &Module) {
            let n = self.index.len();
            self.index.insert(v.clone(), n);
            self.low.insert(v.clone(), n);
            self.stack.push(v.clone());
            for w in self.edges.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v.clone(), low);
                } else if self.stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v.clone(), low);
                }
            }
            if self.low[v] == self.index[v] {
                let at = self.stack.iter().rposition(|m| m == v).unwrap();
                let group = self.stack.split_off(at);
                if group.len() > 1 {
                    self.circles.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        circles: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.circles
}

fn check(src: PathBuf) {
    let files = Files::read(&src);
    assert!(files.files.len() > 3, "no sources in {}", src.display());
    let found = circles(&imports(&files, &src));
    let text: Vec<String> = found
        .iter()
        .map(|group| {
            let names: Vec<&str> = group.iter().map(|m| files.files[m].as_str()).collect();
            format!("{} files: {}", group.len(), names.join(" "))
        })
        .collect();
    assert!(
        found.is_empty(),
        "import circles in {}:\n{}",
        src.display(),
        text.join("\n")
    );
}

#[test]
fn no_source_file_imports_one_that_imports_it_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    check(root.join("src"));
    check(root.join("crates/ari-spec/src"));
    check(root.join("crates/ari-sim/src"));
}

/// The check itself finds a circle, also one made by a child module's name.
#[test]
fn a_circle_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "pub mod a;\npub mod b;\n");
    write("a/mod.rs", "pub mod inner;\nuse inner::X;\npub struct Y;\n");
    write("a/inner.rs", "pub struct X(crate::b::Z);\n");
    write(
        "b.rs",
        "pub struct Z(super::a::Y);\n#[cfg(test)]\nmod tests { use crate::lib; }\n",
    );
    let files = Files::read(dir.path());
    let found = circles(&imports(&files, dir.path()));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 3, "{found:?}");
    // Without the child's name, no circle.
    write("a/mod.rs", "pub mod inner;\npub struct Y;\n");
    assert!(circles(&imports(&Files::read(dir.path()), dir.path())).is_empty());
}
