//! The shape of the house: the files of `src/` import each other one way (no
//! cycle in the graph of `crate::`, `super::` and child-module references),
//! and no file is over 700 lines.
//!
//! `lib.rs` is the facade (it declares the modules and re-exports their
//! items), so it is not a node: a reference to a re-exported name
//! (`crate::Error`) is followed to the file that defines it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 700;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, as paths relative to it.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path.strip_prefix(src()).unwrap().to_owned());
        }
    }
}

/// The module path of a file (`validate/checker.rs` → `validate::checker`).
fn module_of(file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code of a file without comments, string contents and its test module.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| {
            // Drop string contents (messages mention paths like `a::b`).
            let mut out = String::new();
            let mut in_string = false;
            let mut prev = ' ';
            for c in l.chars() {
                if c == '"' && prev != '\\' {
                    in_string = !in_string;
                } else if !in_string {
                    out.push(c);
                }
                prev = c;
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `::`-path in the code that starts with `crate`, `super` or a child
/// module of `module`, expanded from `use` groups (`use crate::a::{b, c::d}`).
fn paths(code: &str, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = i == 0
            || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':');
        if at_word_start && (bytes[i].is_alphabetic() || bytes[i] == '_') {
            let (found, end) = read_path(&bytes, i);
            for path in found {
                let first = path[0].as_str();
                if path.len() > 1
                    && (first == "crate" || first == "super" || children.contains(first))
                {
                    out.push(path);
                }
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Reads `a::b::{c, d::e}` at `i`; returns every expanded path (with at
/// least two segments) and where reading stopped.
fn read_path(s: &[char], mut i: usize) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    loop {
        let start = i;
        while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
            i += 1;
        }
        if i == start {
            break;
        }
        prefix.push(s[start..i].iter().collect::<String>());
        if i + 1 < s.len() && s[i] == ':' && s[i + 1] == ':' {
            i += 2;
            if i < s.len() && s[i] == '{' {
                // A group: each comma-separated entry continues the prefix.
                let mut depth = 0;
                let mut j = i;
                let mut entries = Vec::new();
                let mut entry_start = i + 1;
                while j < s.len() {
                    match s[j] {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                entries.push((entry_start, j));
                                break;
                            }
                        }
                        ',' if depth == 1 => {
                            entries.push((entry_start, j));
                            entry_start = j + 1;
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let mut all = Vec::new();
                for (a, b) in entries {
                    let mut k = a;
                    while k < b && s[k].is_whitespace() {
                        k += 1;
                    }
                    if k >= b {
                        continue;
                    }
                    let (sub, _) = read_path(&s[..b], k);
                    if sub.is_empty() {
                        let name: String = s[k..b].iter().collect::<String>().trim().to_owned();
                        let mut p = prefix.clone();
                        p.push(name);
                        all.push(p);
                    }
                    for tail in sub {
                        let mut p = prefix.clone();
                        p.extend(tail);
                        all.push(p);
                    }
                }
                return (all, j + 1);
            }
            continue;
        }
        break;
    }
    if prefix.is_empty() {
        (Vec::new(), i)
    } else {
        (vec![prefix], i)
    }
}

struct House {
    /// Module path → file.
    modules: BTreeMap<Vec<String>, PathBuf>,
    /// Root re-exports: name → module path it comes from.
    reexports: BTreeMap<String, Vec<String>>,
}

impl House {
    /// The file a path points into: the deepest module on the path.
    fn resolve(&self, from: &[String], path: &[String]) -> Option<PathBuf> {
        let mut absolute: Vec<String> = match path[0].as_str() {
            "crate" => Vec::new(),
            "super" => from[..from.len().saturating_sub(1)].to_vec(),
            _ => from.to_vec(),
        };
        let rest = if path[0] == "crate" || path[0] == "super" {
            &path[1..]
        } else {
            path
        };
        let mut found = None;
        for (n, segment) in rest.iter().enumerate() {
            if n == 0
                && absolute.is_empty()
                && let Some(module) = self.reexports.get(segment)
                && !self.modules.contains_key(&vec![segment.clone()])
            {
                return self.modules.get(module).cloned();
            }
            absolute.push(segment.clone());
            match self.modules.get(&absolute) {
                Some(file) => found = Some(file.clone()),
                None => break,
            }
        }
        found
    }
}

#[test]
fn the_import_graph_of_src_has_no_cycle_and_no_file_is_too_long() {
    let mut all = Vec::new();
    files(&src(), &mut all);
    let mut modules = BTreeMap::new();
    for file in &all {
        modules.insert(module_of(file), file.clone());
    }
    // Root re-exports from lib.rs: `pub use a::b::{X, Y};` → X, Y live in a::b.
    let lib = code(&std::fs::read_to_string(src().join("lib.rs")).unwrap());
    let mut reexports = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let chars: Vec<char> = rest.chars().collect();
        for path in read_path(&chars, 0).0 {
            if let Some((name, module)) = path.split_last() {
                reexports.insert(name.clone(), module.to_vec());
            }
        }
    }
    let house = House { modules, reexports };
    let mut too_long = Vec::new();
    let mut edges: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for file in &all {
        let text = std::fs::read_to_string(src().join(file)).unwrap();
        let lines = text.lines().count();
        if lines > MAX_LINES {
            too_long.push(format!("{} ({lines} lines)", file.display()));
        }
        if file == Path::new("lib.rs") {
            continue;
        }
        let module = module_of(file);
        let children: BTreeSet<String> = house
            .modules
            .keys()
            .filter(|m| m.len() == module.len() + 1 && m.starts_with(&module))
            .map(|m| m.last().unwrap().clone())
            .collect();
        for path in paths(&code(&text), &children) {
            if let Some(target) = house.resolve(&module, &path)
                && &target != file
                && target != Path::new("lib.rs")
            {
                edges.entry(file.clone()).or_default().insert(target);
            }
        }
    }
    assert!(edges.len() > 10, "the graph was not read: {edges:?}");
    // Depth-first search for a back edge; report the cycle it closes.
    let mut state: BTreeMap<&PathBuf, u8> = BTreeMap::new();
    let mut stack: Vec<&PathBuf> = Vec::new();
    fn visit<'a>(
        node: &'a PathBuf,
        edges: &'a BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        state: &mut BTreeMap<&'a PathBuf, u8>,
        stack: &mut Vec<&'a PathBuf>,
    ) -> Option<Vec<String>> {
        state.insert(node, 1);
        stack.push(node);
        for next in edges.get(node).into_iter().flatten() {
            match state.get(next) {
                Some(1) => {
                    let from = stack.iter().position(|n| *n == next).unwrap();
                    let mut cycle: Vec<String> = stack[from..]
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect();
                    cycle.push(next.display().to_string());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, edges, state, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node, 2);
        None
    }
    for node in edges.keys() {
        if !state.contains_key(node)
            && let Some(cycle) = visit(node, &edges, &mut state, &mut stack)
        {
            panic!("import cycle: {}", cycle.join(" → "));
        }
    }
    assert!(
        too_long.is_empty(),
        "files over {MAX_LINES} lines: {too_long:?}"
    );
}

#[test]
fn the_graph_reader_reads_use_groups_and_inline_paths() {
    let children = BTreeSet::new();
    let a = paths(
        &code("use crate::b::{X, y::Z};\nfn f() { crate::b::g(); }"),
        &children,
    );
    assert!(a.contains(&vec!["crate".to_owned(), "b".to_owned(), "X".to_owned()]));
    assert!(a.contains(&vec!["crate".into(), "b".into(), "y".into(), "Z".into()]));
    assert!(a.contains(&vec!["crate".into(), "b".into(), "g".into()]));
    // Comments and strings are not code.
    assert!(paths(&code("// crate::b::X\nlet s = \"crate::b::X\";"), &children).is_empty());
}
