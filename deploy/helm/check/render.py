"""Renders deploy/helm/appeals without Helm, for a check where Helm cannot be installed (it is in no registry
reachable here). A small interpreter of exactly the Go-template subset the chart uses: {{- -}} trimming, if/else/
with/range (over maps and lists, with $k, $v :=), define/include, variables, and the functions quote, nindent,
toYaml, ternary, eq, not, required, printf. Anything else fails loudly, so a template using more must extend this
or be rendered by real Helm. Not a substitute for `helm lint` / `helm template`: it checks that the chart renders
to YAML documents that parse, which validate.mjs then checks against the Kubernetes API schemas.

usage: python3 render.py CHART_DIR [values-override.yaml ...] > rendered.yaml
"""
import os
import re
import sys

import yaml

TOKEN = re.compile(r"{{(-?)\s*(.*?)\s*(-?)}}", re.S)


def tokenize(text):
    out, pos = [], 0
    for m in TOKEN.finditer(text):
        literal = text[pos:m.start()]
        if m.group(1):
            literal = literal.rstrip(" \t\n")
        out.append(("text", literal))
        out.append(("action", m.group(2), bool(m.group(3))))
        pos = m.end()
    out.append(("text", text[pos:]))
    # right trim: strip leading whitespace of the next text
    for i, t in enumerate(out):
        if t[0] == "action" and t[2] and i + 1 < len(out):
            out[i + 1] = ("text", out[i + 1][1].lstrip(" \t\n"))
    return out


def parse(tokens, i=0, stop=("end",)):
    """-> (nodes, index of the stopping token, its keyword)"""
    nodes = []
    while i < len(tokens):
        t = tokens[i]
        if t[0] == "text":
            nodes.append(("text", t[1]))
            i += 1
            continue
        body = t[1]
        word = body.split(None, 1)[0] if body else ""
        if body.startswith("/*"):
            i += 1
            continue
        if word in stop:
            return nodes, i, word
        if word in ("if", "with", "range", "define"):
            arg = body[len(word):].strip()
            inner, j, kw = parse(tokens, i + 1, ("end", "else"))
            other = []
            if kw == "else":
                other, j, kw = parse(tokens, j + 1, ("end",))
            nodes.append((word, arg, inner, other))
            i = j + 1
            continue
        nodes.append(("expr", body))
        i += 1
    return nodes, i, None


def to_yaml(value):
    return yaml.safe_dump(value, default_flow_style=False, sort_keys=False).rstrip("\n")


class Renderer:
    def __init__(self, root, defines):
        self.root = root
        self.defines = defines

    def split_args(self, text):
        args, cur, depth, quote = [], "", 0, False
        for ch in text:
            if ch == '"' and not cur.endswith("\\"):
                quote = not quote
            if not quote and ch == "(":
                depth += 1
            if not quote and ch == ")":
                depth -= 1
            if ch.isspace() and not quote and depth == 0:
                if cur:
                    args.append(cur)
                cur = ""
            else:
                cur += ch
        if cur:
            args.append(cur)
        return args

    def value(self, term, dot, scope):
        if term.startswith('"'):
            return term[1:-1].encode().decode("unicode_escape")
        if term.startswith("("):
            return self.pipeline(term[1:-1], dot, scope)
        if re.fullmatch(r"-?\d+", term):
            return int(term)
        if term in ("true", "false"):
            return term == "true"
        if term.startswith("$"):
            name, _, path = term.partition(".")
            base = scope[name] if name != "$" else self.root
            return self.walk(base, path)
        if term == ".":
            return dot
        if term.startswith("."):
            return self.walk(dot, term[1:])
        raise ValueError("unsupported term: " + term)

    @staticmethod
    def walk(base, path):
        for part in [p for p in path.split(".") if p]:
            base = base.get(part) if isinstance(base, dict) else None
        return base

    def call(self, fn, args, dot, scope, piped=None):
        vals = [self.value(a, dot, scope) for a in args]
        if piped is not None:
            vals.append(piped[0])
        if fn == "quote":
            v = vals[0]
            return '"' + ("" if v is None else str(v).lower() if isinstance(v, bool) else str(v)).replace('"', '\\"') + '"'
        if fn == "nindent":
            return "\n" + "\n".join(" " * vals[0] + line for line in str(vals[1]).split("\n"))
        if fn == "toYaml":
            return to_yaml(vals[0])
        if fn == "ternary":
            return vals[0] if vals[2] else vals[1]
        if fn == "eq":
            return vals[0] == vals[1]
        if fn == "not":
            return not vals[0]
        if fn == "required":
            if vals[1] in (None, ""):
                raise SystemExit("required: " + vals[0])
            return vals[1]
        if fn == "printf":
            return vals[0].replace("%s", "{}").format(*vals[1:])
        if fn == "include":
            return self.render(self.defines[vals[0]], vals[1], scope).strip("\n")
        raise ValueError("unsupported function: " + fn)

    def pipeline(self, text, dot, scope):
        result = None
        for k, stage in enumerate(s.strip() for s in text.split("|")):
            parts = self.split_args(stage)
            head = parts[0]
            if re.fullmatch(r"[a-zA-Z]+", head) and head not in ("true", "false"):
                result = self.call(head, parts[1:], dot, scope, (result,) if k else None)
            else:
                result = self.value(head, dot, scope)
        return result

    @staticmethod
    def truthy(v):
        return bool(v) and v != 0

    def render(self, nodes, dot, scope):
        out = []
        for node in nodes:
            kind = node[0]
            if kind == "text":
                out.append(node[1])
            elif kind == "expr":
                body = node[1]
                m = re.fullmatch(r"(\$\w+)\s*:=\s*(.*)", body, re.S)
                if m:
                    scope[m.group(1)] = self.pipeline(m.group(2), dot, scope)
                    continue
                v = self.pipeline(body, dot, scope)
                out.append("" if v is None else str(v).lower() if isinstance(v, bool) else str(v))
            elif kind == "define":
                self.defines[node[1].strip('"')] = node[2]
            elif kind == "if":
                branch = node[2] if self.truthy(self.pipeline(node[1], dot, scope)) else node[3]
                out.append(self.render(branch, dot, dict(scope)))
            elif kind == "with":
                v = self.pipeline(node[1], dot, scope)
                out.append(self.render(node[2], v, dict(scope)) if self.truthy(v) else self.render(node[3], dot, dict(scope)))
            elif kind == "range":
                m = re.fullmatch(r"(?:(\$\w+)\s*,\s*)?(\$\w+)\s*:=\s*(.*)", node[1])
                items = self.pipeline(m.group(3) if m else node[1], dot, scope)
                pairs = sorted(items.items()) if isinstance(items, dict) else list(enumerate(items or []))
                for key, val in pairs:
                    inner = dict(scope)
                    if m and m.group(1):
                        inner[m.group(1)], inner[m.group(2)] = key, val
                    elif m:
                        inner[m.group(2)] = val
                    out.append(self.render(node[2], val, inner))
        return "".join(out)


def merge(base, over):
    for k, v in over.items():
        base[k] = merge(base.get(k, {}), v) if isinstance(v, dict) and isinstance(base.get(k), dict) else v
    return base


def main():
    chart = sys.argv[1]
    values = yaml.safe_load(open(os.path.join(chart, "values.yaml")))
    for extra in sys.argv[2:]:
        values = merge(values, yaml.safe_load(open(extra)))
    meta = yaml.safe_load(open(os.path.join(chart, "Chart.yaml")))
    root = {"Values": values, "Chart": {"Name": meta["name"], "Version": meta["version"]},
            "Release": {"Name": "appeals", "Namespace": "default", "Service": "Helm"}}
    tdir = os.path.join(chart, "templates")
    files = sorted(os.listdir(tdir))
    defines = {}
    renderer = Renderer(root, defines)
    for f in files:
        if f.endswith(".tpl"):
            renderer.render(parse(tokenize(open(os.path.join(tdir, f)).read()))[0], root, {"$": root})
    for f in files:
        if f.endswith(".yaml"):
            text = renderer.render(parse(tokenize(open(os.path.join(tdir, f)).read()))[0], root, {"$": root})
            print("---\n# Source: " + f + "\n" + text.strip("\n"))


main()
