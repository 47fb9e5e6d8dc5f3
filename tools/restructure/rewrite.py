#!/usr/bin/env python3
"""Moves Java types to their new packages and rewrites every reference to them, from a map of old and new names.

Usage: rewrite.py MAP TREE

MAP has one type a line: `old.fully.Qualified new.fully.Qualified [source-root]`; `#` starts a comment. A third column
moves the file to another module's source root (`adapters-inmemory/src/main/java`), or, written `FROM=>TO`, moves only
the copy found under the root FROM to the root TO (a package description exists once per source root); without it the
file stays in its own source root. `pkg.package-info` lines move package descriptions; `-` as the new name deletes
the description of a package that no longer exists.

In TREE (a checkout of this repository, or a branch of it) the script:
  1. moves each mapped file (with `git mv` inside a git work tree) and rewrites its package declaration;
  2. rewrites fully qualified names, imports and static imports in every text file (Java, XML, properties, service
     files, Markdown), including nested types (`old.Outer.Inner`);
  3. renames the simple name where a type was renamed, in the files that could see it by its simple name;
  4. adds the imports a file now needs because a type it used without import (same package) moved away, or because
     the file itself moved away from a type of its old package, and drops imports of types now in the file's package;
  5. sorts each block of imports it changed.
It changes nothing else, so a tree rewritten by it matches one whose moves were made by it. It is idempotent: a type
already at its new name is left alone. Files git does not track (build output) are left alone.
"""
import os
import re
import subprocess
import sys

TEXT_SUFFIXES = ('.java', '.xml', '.properties', '.md', '.ConfigSource', '.txt', '.lua', '.sh', '.sql', '.json')
SKIP_DIRS = {'.git', 'target', 'data', 'node_modules'}
JAVA_ROOT = re.compile(r'^(.*?/src/[^/]+/java)/(.+)\.java$')
IDENT = r'[A-Za-z_$][A-Za-z0-9_$]*'


def read_map(path):
    entries = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.split('#', 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            if len(parts) not in (2, 3):
                sys.exit(f'{path}:{number}: expected "old new [source-root]", got: {line}')
            entries.append((parts[0], parts[1], parts[2] if len(parts) == 3 else None))
    olds = [e[0] for e in entries]
    if len(olds) != len(set(olds)):
        sys.exit(f'{path}: an old name is mapped twice')
    return entries


def package_of(fqcn):
    return fqcn.rsplit('.', 1)[0]


def simple_of(fqcn):
    return fqcn.rsplit('.', 1)[1]


def tracked_files(tree):
    """Files to consider: git's tracked and untracked-but-not-ignored files, or every file outside a git tree."""
    try:
        out = subprocess.run(['git', '-C', tree, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
                             check=True, capture_output=True).stdout.decode('utf-8')
        files = sorted({f for f in out.split('\0') if f and os.path.isfile(os.path.join(tree, f))})
        return files, True
    except (subprocess.CalledProcessError, FileNotFoundError):
        files = []
        for root, dirs, names in os.walk(tree):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
            for name in names:
                files.append(os.path.relpath(os.path.join(root, name), tree))
        return sorted(files), False


def java_index(files):
    """fqcn -> [(source root, relative path)] for every Java file, package-info included (one per source root)."""
    index = {}
    for rel in files:
        m = JAVA_ROOT.match(rel)
        if m:
            index.setdefault(m.group(2).replace('/', '.'), []).append((m.group(1), rel))
    return index


def destination(src_root, root):
    """The source root a file of src_root moves to, given the map's third column."""
    if root is None:
        return src_root
    if '=>' in root:
        source, target = root.split('=>', 1)
        return target if source == src_root else src_root
    return root


def strip_code(text):
    """The Java text without string literals and comments, but keeping the type names Javadoc refers to."""
    refs = re.findall(r'\{@link(?:plain)?\s+(' + IDENT + r')', text)
    refs += re.findall(r'@(?:throws|see)\s+(' + IDENT + r')', text)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    text = re.sub(r"'(?:\\.|[^'\\\n])'", "''", text)
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    text = re.sub(r'//[^\n]*', ' ', text)
    return text + '\n' + ' '.join(refs)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    entries = read_map(sys.argv[1])
    tree = os.path.abspath(sys.argv[2])
    files, in_git = tracked_files(tree)
    index = java_index(files)

    # what moves where
    moves = []          # (old fqcn, new fqcn, old rel path, new rel path)
    renamed = {}        # old fqcn -> new fqcn, for every mapped type, found in this tree or not (nested types too)
    deleted = []
    for old, new, root in entries:
        if new == '-':
            deleted += [rel for _, rel in index.get(old, [])]
            continue
        renamed[old] = new
        for src_root, rel in index.get(old, []):
            moves.append((old, new, rel, destination(src_root, root) + '/' + new.replace('.', '/') + '.java'))
    kept, destinations = [], set()
    for m in sorted(moves):
        if m[2] != m[3] and (os.path.exists(os.path.join(tree, m[3])) or m[3] in destinations):
            kept.append(m)
        destinations.add(m[3])
    for _, _, rel, new_rel in kept:
        # a type split or replaced into one that exists already: only the references to it are rewritten
        print(f'not moved (its successor {new_rel} exists): {rel}', file=sys.stderr)
    moves = [m for m in moves if m not in kept]
    moved_to = {rel: new_rel for _, _, rel, new_rel in moves}

    # the package each Java file was in and will be in, and the types of each package before the moves
    old_package = {}
    new_package = {}
    types_in_package = {}
    for rel in deleted:
        if in_git:
            subprocess.run(['git', '-C', tree, 'rm', '-q', rel], check=True)
        else:
            os.remove(os.path.join(tree, rel))
        files.remove(rel)
    for fqcn, places in index.items():
        pkg = package_of(fqcn)
        for _, rel in places:
            if rel in deleted:
                continue
            new_rel = moved_to.get(rel, rel)
            old_package[new_rel] = pkg
            new_package[new_rel] = package_of(renamed[fqcn]) if rel in moved_to else pkg
        if simple_of(fqcn) != 'package-info':
            types_in_package.setdefault(pkg, set()).add(simple_of(fqcn))

    def new_name(fqcn):
        return renamed.get(fqcn, fqcn)

    # 1. move the files
    for old, new, rel, new_rel in sorted(moves):
        if rel == new_rel:
            continue
        os.makedirs(os.path.dirname(os.path.join(tree, new_rel)), exist_ok=True)
        if in_git:
            subprocess.run(['git', '-C', tree, 'mv', rel, new_rel], check=True)
        else:
            os.rename(os.path.join(tree, rel), os.path.join(tree, new_rel))
        files[files.index(rel)] = new_rel
    for rel in deleted + [m[2] for m in moves]:
        directory = os.path.dirname(os.path.join(tree, rel))
        while directory.startswith(tree + os.sep) and os.path.isdir(directory) and not os.listdir(directory):
            os.rmdir(directory)
            directory = os.path.dirname(directory)

    # 2. fully qualified names, longest first so a name is never rewritten as the prefix of another
    pattern = re.compile(r'(?<![\w.$])(' + '|'.join(re.escape(o) for o in sorted(renamed, key=len, reverse=True))
                         + r')(?![\w$])')
    simple_renames = {old: new for old, new in renamed.items() if simple_of(old) != simple_of(new)}

    for rel in files:
        if not rel.endswith(TEXT_SUFFIXES) and '/META-INF/services/' not in rel:
            continue
        if rel.startswith('tools/restructure/'):
            continue
        path = os.path.join(tree, rel)
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except UnicodeDecodeError:
            continue
        original = text
        text = pattern.sub(lambda m: renamed[m.group(1)], text)
        if rel.endswith('.java') and rel in old_package:
            text = rewrite_java(rel, text, original, old_package, new_package, types_in_package, new_name,
                                simple_renames)
        if text != original:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)


def rewrite_java(rel, text, original, old_package, new_package, types_in_package, new_name, simple_renames):
    p0, p1 = old_package[rel], new_package[rel]
    own = os.path.basename(rel)[:-len('.java')]
    if p0 != p1:
        text = re.sub(r'^package\s+' + re.escape(p0) + r'\s*;', 'package ' + p1 + ';', text, count=1, flags=re.M)

    # 3. renamed simple names, where the file saw the type by its simple name (same package, or imported)
    old_imports = set(re.findall(r'^import\s+(?:static\s+)?([\w.]+)\s*;', original, flags=re.M))
    for old, new in simple_renames.items():
        visible = package_of(old) == p0 or old in old_imports or simple_of(old) == own
        if visible:
            text = re.sub(r'(?<![\w$.])' + re.escape(simple_of(old)) + r'(?![\w$])', simple_of(new), text)

    # 4. imports a move makes necessary or unnecessary
    imports = re.findall(r'^import\s+([\w.]+)\s*;', text, flags=re.M)
    imported_simple = {simple_of(i): i for i in imports}
    code = strip_code(re.sub(r'^(package|import)\s[^\n]*', '', text, flags=re.M))
    tokens = set(re.findall(r'(?<![\w$.])(' + IDENT + r')', code))
    needed = []
    for simple in sorted(types_in_package.get(p0, ())):
        if simple == own and p0 == p1:
            continue
        target = new_name(p0 + '.' + simple)
        if package_of(target) == p1 or simple_of(target) not in tokens or simple_of(target) == own:
            continue
        if simple_of(target) in imported_simple:
            continue
        needed.append(target)
    lines = text.split('\n')
    lines = [line for line in lines
             if not (re.match(r'^import\s+[\w.]+\s*;', line)
                     and package_of(re.match(r'^import\s+([\w.]+)', line).group(1)) == p1
                     and re.match(r'^import\s+([\w.]+)', line).group(1).rsplit('.', 1)[1][0].isupper())]
    if needed:
        lines = add_imports(lines, needed)
    changed = '\n'.join(lines)
    if changed != text or text != original:
        changed = sort_import_blocks(changed, original)
    return changed


def add_imports(lines, needed):
    import_rows = [i for i, line in enumerate(lines) if re.match(r'^import\s+(?!static)[\w.]+\s*;', line)]
    new_lines = ['import ' + n + ';' for n in needed]
    if import_rows:
        laca = [i for i in import_rows if lines[i].startswith('import com.laca.')]
        at = (laca[-1] if laca else import_rows[0] - 1) + 1
        return lines[:at] + new_lines + lines[at:]
    package_row = next(i for i, line in enumerate(lines) if line.startswith('package '))
    return lines[:package_row + 1] + [''] + new_lines + lines[package_row + 1:]


def sort_import_blocks(text, original):
    """Sorts each run of consecutive non-static imports that differs from the original file's runs."""
    original_runs = set(tuple(run) for run in import_runs(original.split('\n')))
    lines = text.split('\n')
    out = []
    run = []
    for line in lines + ['']:
        if re.match(r'^import\s+(?!static)[\w.]+\s*;', line):
            run.append(line)
            continue
        if run:
            out.extend(run if tuple(run) in original_runs else sorted(dict.fromkeys(run)))
            run = []
        out.append(line)
    return '\n'.join(out[:-1])


def import_runs(lines):
    runs, run = [], []
    for line in lines + ['']:
        if re.match(r'^import\s+(?!static)[\w.]+\s*;', line):
            run.append(line)
        elif run:
            runs.append(run)
            run = []
    return runs


if __name__ == '__main__':
    main()
