"""AST lint of user code: tells the coder what to fix. It is never the security boundary (the sandbox is)."""
import ast
import json
import os

# One list for the lint, the coder's prompt and the notes: allowed_imports.json beside this file.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "allowed_imports.json"), encoding="utf-8") as _f:
    ALLOWED_MODULES = tuple(json.load(_f)["modules"])
FORBIDDEN_CALLS = {
    "open", "eval", "exec", "compile", "__import__", "input", "breakpoint",
    "globals", "locals", "vars", "memoryview",
}
# Dunder attributes are how sandbox escapes walk the object graph; the few harmless ones stay allowed.
ALLOWED_DUNDERS = {"__init__", "__name__", "__doc__"}
# bpy.ops categories that touch files, run scripts, change preferences or quit.
FORBIDDEN_OPS = {
    "script", "preferences", "wm", "file", "render", "image", "sound", "text", "console",
    "export_scene", "export_mesh", "export_anim", "import_scene", "import_mesh", "import_curve",
    "import_anim", "import_image", "extensions", "buttons",
}
# bpy attributes that load files or register callbacks that would run inside the harness later.
FORBIDDEN_BPY = {("app", "handlers"), ("app", "timers"), ("utils", "execfile"), ("data", "libraries")}


def _dotted(node):
    """Return the dotted name of an attribute chain like bpy.ops.wm.quit, or None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return list(reversed(parts))
    return None


class _Checker(ast.NodeVisitor):
    def __init__(self):
        self.violations = []
        self.bpy_names = {"bpy"}
        self.ops_names = set()

    def add(self, node, what):
        self.violations.append((getattr(node, "lineno", 0), what))

    def _check_module(self, node, name):
        root = name.split(".")[0]
        if root not in ALLOWED_MODULES:
            allowed = ", ".join(ALLOWED_MODULES)
            self.add(node, "import of '%s' is not allowed (allowed: %s)" % (name, allowed))

    def visit_Import(self, node):
        for alias in node.names:
            self._check_module(node, alias.name)
            if alias.name == "bpy":
                self.bpy_names.add(alias.asname or "bpy")
            if alias.name == "bpy.ops" and alias.asname:
                self.ops_names.add(alias.asname)
        self.generic_visit(node)

    def visit_ImportFrom(self, node):
        self._check_module(node, node.module or ".")
        if node.module == "bpy":
            for alias in node.names:
                if alias.name == "ops":
                    self.ops_names.add(alias.asname or "ops")
        if node.module == "bpy.ops":
            for alias in node.names:
                if alias.name in FORBIDDEN_OPS:
                    self.add(node, "bpy.ops.%s is not allowed" % alias.name)
        self.generic_visit(node)

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
            self.add(node, "call to '%s()' is not allowed" % node.func.id)
        if isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr", "delattr", "hasattr"):
            for arg in node.args[1:2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value.startswith("__"):
                    self.add(node, "%s() with dunder name '%s' is not allowed" % (node.func.id, arg.value))
        self.generic_visit(node)

    def visit_Name(self, node):
        if node.id in ("__builtins__", "__loader__", "__spec__"):
            self.add(node, "use of '%s' is not allowed" % node.id)

    def visit_Attribute(self, node):
        if node.attr.startswith("__") and node.attr.endswith("__") and node.attr not in ALLOWED_DUNDERS:
            self.add(node, "access to attribute '%s' is not allowed" % node.attr)
        parts = _dotted(node)
        if parts:
            if parts[0] in ("__builtins__", "__loader__", "__spec__"):
                self.add(node, "use of '%s' is not allowed" % parts[0])
            self._check_bpy_chain(node, parts)
            return  # the chain's inner nodes were checked as part of it
        self.generic_visit(node)

    def _check_bpy_chain(self, node, parts):
        if parts[0] in self.bpy_names and len(parts) >= 3 and parts[1] == "ops":
            category, rest = parts[2], parts[3:]
        elif parts[0] in self.ops_names and len(parts) >= 2:
            category, rest = parts[1], parts[2:]
        else:
            category = None
        if category in FORBIDDEN_OPS:
            self.add(node, "bpy.ops.%s is not allowed" % ".".join([category] + rest[:1]))
        if parts[0] in self.bpy_names and tuple(parts[1:3]) in FORBIDDEN_BPY:
            self.add(node, "bpy.%s is not allowed" % ".".join(parts[1:3]))
        for part in parts[1:]:
            if part.startswith("__") and part.endswith("__") and part not in ALLOWED_DUNDERS:
                self.add(node, "access to attribute '%s' is not allowed" % part)
                break


def check(source, filename="script.py"):
    """Return (tree, violations): violations is a sorted, de-duplicated list of (line, message)."""
    tree = ast.parse(source, filename=filename)
    checker = _Checker()
    checker.visit(tree)
    seen, out = set(), []
    for item in sorted(checker.violations):
        if item not in seen:
            seen.add(item)
            out.append(item)
    return tree, out
