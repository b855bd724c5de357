"""Convert a Terraform JSON configuration (as cdktf synthesizes it) into equivalent, idiomatic HCL.

``to_hcl(config, schema)`` returns one ``terraform fmt``-clean file; ``to_hcl_files(config, schema)`` splits it the
way Terraform-native modules are laid out (``versions.tf``, ``variables.tf``, ``main.tf``, ``outputs.tf``).
``python -m tools.hcl generated/china/cdk.tf.json [OUTDIR]`` writes those files (or prints them).

What changes between the two syntaxes, and how:

* A string that is exactly one interpolation (``"${aws_vpc.x.id}"``) becomes the bare expression; any other string is
  a quoted template whose literal parts are escaped for HCL and whose ``${…}`` / ``%{…}`` parts are copied as they are.
  A multi-line string that ends with a line break becomes an indented heredoc (``<<-EOT``).
* A string holding a JSON object or array (a policy written with ``json.dumps``) becomes ``jsonencode({ … })``.
  Terraform's ``jsonencode`` writes compact JSON with sorted keys, so the string differs in white space and key order
  from the original: the documents are the same, which is what AWS and the provider's policy comparison look at.
* Whether a key of a resource, data source or provider is an attribute or a nested block comes from the provider
  schema (``terraform providers schema -json``, see :func:`provider_schema`): blocks are written as blocks, repeated
  when the JSON has a list of objects.
* Meta-arguments become HCL references (``provider = aws.cn_north_1``, ``depends_on = [aws_s3_bucket.logs]``,
  ``ignore_changes = [tags]``) and a ``lifecycle`` block.
* Order: top-level blocks, and the blocks of one kind in a file, keep the JSON's order. Inside a resource, data
  source or provider the HashiCorp style guide's order applies: ``count``, ``for_each`` and ``provider`` (or
  ``alias``) first, then arguments, then nested blocks, then ``depends_on`` and ``lifecycle``, the JSON's order kept
  within each group. ``terraform``, ``variable`` and ``output`` blocks list their arguments in a fixed order
  (``required_version`` first; ``description``, ``type``, ``default``; ``description``, ``value``).
* cdktf's ``"//"`` metadata keys are comments in JSON bodies and are dropped.

Whatever the converter does not understand raises :class:`HclConversionError` (a ``ValueError``) naming the path of
the offending key, e.g. ``resource.aws_vpc.main.foo``: it never guesses.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.terraform import PROVIDER, PROVIDER_VERSION, Terraform, terraform_binary, write_cli_config

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_CACHE = ROOT / ".build" / "hcl-schema"
"""Where the CLI keeps the provider schema it needs (only its block structure, a few MB)."""

INDENT = "  "
INLINE_LIST_WIDTH = 80
"""A list of scalars whose one-line form is at most this long stays on one line."""

FILES = {"terraform": "versions.tf", "provider": "versions.tf", "variable": "variables.tf", "output": "outputs.tf"}
"""File of each top-level block type in :func:`to_hcl_files`; every other type goes to ``main.tf``."""
FILE_ORDER = ("versions.tf", "variables.tf", "main.tf", "outputs.tf")
KIND_ORDER = ("terraform", "provider", "variable", "locals", "data", "resource", "module", "check", "moved", "import", "removed", "output")

BACKEND_BLOCKS: dict[str, frozenset[str]] = {
    "local": frozenset(),
    "s3": frozenset(),
    "remote": frozenset({"workspaces"}),
    "http": frozenset(),
    "gcs": frozenset(),
    "azurerm": frozenset(),
    "consul": frozenset(),
    "pg": frozenset(),
    "kubernetes": frozenset(),
}
"""Backends the converter knows, with the keys of each that are nested blocks (all others are attributes,
e.g. ``endpoints = { s3 = … }`` and ``assume_role = { … }`` of ``s3``)."""

BUILTIN_SCHEMAS: dict[tuple[str, str], dict[str, Any]] = {
    ("data", "terraform_remote_state"): {"attributes": ["backend", "config", "defaults", "workspace"], "attributes_as_blocks": [], "block_types": {}},
    ("resource", "terraform_data"): {"attributes": ["input", "triggers_replace"], "attributes_as_blocks": [], "block_types": {}},
}
"""Resources and data sources of Terraform's built-in provider, which ``providers schema`` does not list."""

TERRAFORM_ORDER = ("required_version", "required_providers", "backend", "cloud")
VARIABLE_ORDER = ("description", "type", "default", "sensitive", "nullable", "ephemeral", "validation")
OUTPUT_ORDER = ("description", "value", "sensitive", "ephemeral", "depends_on", "precondition")
"""Argument order of these blocks (terraform-aws-modules style); the JSON's keys are alphabetical."""

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_KEYWORDS = frozenset({"true", "false", "null", "for", "in", "if"})
_REFERENCE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*|\[[^\[\]\n]+\])*\Z")
_PROVIDER_REFERENCE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)?\Z")
_DIRECTIVE = re.compile(r"%\{~?\s*(?:if|else|endif|for|endfor)(?![A-Za-z0-9_-])")
_LITERAL_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HEREDOC_MARKERS = ("EOT", "EOF", "END", "EOT_", "EOF_", "END_")


class HclConversionError(ValueError):
    """The JSON holds something the converter cannot write as equivalent HCL; the message names its path."""


# --------------------------------------------------------------------------------------------------------------------
# Provider schema
# --------------------------------------------------------------------------------------------------------------------


def provider_schema(work_dir: Path) -> dict[str, Any]:
    """The block structure of hashicorp/aws :data:`~tools.terraform.PROVIDER_VERSION`, from the offline mirror.

    Writes a configuration that requires only that provider into ``work_dir``, runs ``terraform init`` with the mirror
    CLI config and reads ``terraform providers schema -json``. The full schema is tens of MB of descriptions; what is
    kept (and cached in ``work_dir``) is, for the provider and every resource and data source, a block:
    ``{"attributes": [names], "attributes_as_blocks": [names], "block_types": {name: {"nesting_mode", "block"}}}``.
    ``attributes_as_blocks`` are list-or-set-of-object attributes, which Terraform also accepts as repeated blocks in
    HCL (``ingress`` of aws_security_group); JSON sets them as attributes, so only ``dynamic`` blocks use this.
    """
    cache = work_dir / f"aws-{PROVIDER_VERSION}-blocks.json"
    if cache.is_file():
        cached: dict[str, Any] = json.loads(cache.read_text(encoding="utf-8"))
        return cached
    work_dir.mkdir(parents=True, exist_ok=True)
    (work_dir / "versions.tf").write_text(
        f'terraform {{\n  required_providers {{\n    aws = {{\n      source  = "hashicorp/aws"\n      version = "{PROVIDER_VERSION}"\n    }}\n  }}\n}}\n',
        encoding="utf-8",
    )
    terraform = Terraform(work_dir, cli_config=write_cli_config(work_dir))
    terraform.init("-backend=false")
    raw = json.loads(terraform.run("providers", "schema", "-json").stdout)
    aws = raw["provider_schemas"][PROVIDER]
    schema = {
        "provider": _trim_block(aws["provider"]["block"]),
        "resource_schemas": {name: _trim_block(entry["block"]) for name, entry in aws["resource_schemas"].items()},
        "data_source_schemas": {name: _trim_block(entry["block"]) for name, entry in aws["data_source_schemas"].items()},
    }
    cache.write_text(json.dumps(schema, separators=(",", ":")), encoding="utf-8")
    return schema


def _trim_block(block: dict[str, Any]) -> dict[str, Any]:
    attributes: dict[str, Any] = block.get("attributes", {})
    return {
        "attributes": sorted(attributes),
        "attributes_as_blocks": sorted(name for name, attribute in attributes.items() if _is_object_collection(attribute.get("type"))),
        "block_types": {
            name: {"nesting_mode": nested["nesting_mode"], "block": _trim_block(nested["block"])}
            for name, nested in sorted(block.get("block_types", {}).items())
        },
    }


def _is_object_collection(type_: Any) -> bool:
    return isinstance(type_, list) and len(type_) == 2 and type_[0] in ("list", "set") and isinstance(type_[1], list) and type_[1][:1] == ["object"]


# --------------------------------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------------------------------


def to_hcl(config: dict[str, Any], schema: dict[str, Any]) -> str:
    """The whole configuration as one HCL file, top-level blocks in the JSON's order, formatted by ``terraform fmt``."""
    blocks = _Converter(schema).blocks(config)
    return terraform_fmt("\n\n".join(text for _, text in blocks) + "\n") if blocks else ""


def to_hcl_files(config: dict[str, Any], schema: dict[str, Any]) -> dict[str, str]:
    """File name → HCL: ``versions.tf`` (terraform, provider), ``variables.tf``, ``main.tf`` (everything else) and
    ``outputs.tf``, each formatted by ``terraform fmt``; files that would be empty are left out. In a file, blocks
    come by kind (:data:`KIND_ORDER`: ``terraform`` before ``provider``, ``data`` before ``resource``), then in the
    JSON's order."""
    grouped: dict[str, list[str]] = {name: [] for name in FILE_ORDER}
    blocks = _Converter(schema).blocks(config)
    for kind, text in sorted(blocks, key=lambda block: KIND_ORDER.index(block[0])):
        grouped[FILES.get(kind, "main.tf")].append(text)
    return {name: terraform_fmt("\n\n".join(texts) + "\n") for name, texts in grouped.items() if texts}


def to_expression(value: Any, *, path: str = "value") -> str:
    """One JSON value (an attribute's value in Terraform JSON) as an HCL expression, unformatted."""
    return _Converter({}).expression(value, path, 0, newline_separated=True)


def terraform_fmt(text: str) -> str:
    """``terraform fmt -``: canonical alignment and spacing. Needs no provider and no network."""
    result = subprocess.run(
        [terraform_binary(), "fmt", "-no-color", "-"],
        input=text,
        capture_output=True,
        text=True,
        env={**os.environ, "CHECKPOINT_DISABLE": "1"},
        timeout=120,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"terraform fmt rejected the generated HCL, which is a bug in tools/hcl.py:\n{result.stderr.strip()}")
    return result.stdout


# --------------------------------------------------------------------------------------------------------------------
# Strings: templates, heredocs, jsonencode
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Part:
    """One piece of a template: literal text in template source form (``$${`` and ``%%{`` escapes kept), or an
    interpolation / directive with its delimiters (``${…}``, ``%{…}``) exactly as written."""

    literal: bool
    text: str


def _template_parts(template: str, path: str) -> list[_Part]:
    """Split a Terraform template into literal text and ``${…}`` / ``%{…}`` sequences.

    A ``%{`` that does not open a directive (``if``, ``else``, ``endif``, ``for``, ``endfor``) is literal text and is
    escaped as ``%%{``.
    """
    parts: list[_Part] = []
    literal: list[str] = []
    index = 0
    while index < len(template):
        if template.startswith(("$${", "%%{"), index):
            literal.append(template[index : index + 3])
            index += 3
        elif template.startswith("${", index) or _DIRECTIVE.match(template, index):
            if literal:
                parts.append(_Part(True, "".join(literal)))
                literal = []
            end = _expression_end(template, index + 2, path)
            parts.append(_Part(False, template[index:end]))
            index = end
        elif template.startswith("%{", index):
            literal.append("%%{")
            index += 2
        else:
            literal.append(template[index])
            index += 1
    if literal:
        parts.append(_Part(True, "".join(literal)))
    return parts


def _expression_end(text: str, index: int, path: str) -> int:
    """Index just past the ``}`` that closes the interpolation whose expression starts at ``index``."""
    depth = 0
    while index < len(text):
        char = text[index]
        if char == '"':
            index = _quoted_end(text, index + 1, path)
            continue
        if char == "#" or text.startswith(("//", "/*", "<<"), index):
            raise HclConversionError(f"{path}: comments and heredocs inside an interpolation are not supported: {text!r}")
        if char in "([{":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "}":
            if depth == 0:
                return index + 1
            depth -= 1
        index += 1
    raise HclConversionError(f"{path}: unterminated interpolation in {text!r}")


def _quoted_end(text: str, index: int, path: str) -> int:
    """Index just past the ``"`` that closes a string literal inside an expression."""
    while index < len(text):
        if text[index] == "\\":
            index += 2
        elif text.startswith(("$${", "%%{"), index):
            index += 3
        elif text.startswith(("${", "%{"), index):
            index = _expression_end(text, index + 2, path)
        elif text[index] == '"':
            return index + 1
        elif text[index] == "\n":
            raise HclConversionError(f"{path}: line break inside a string literal of an interpolation: {text!r}")
        else:
            index += 1
    raise HclConversionError(f"{path}: unterminated string literal inside an interpolation in {text!r}")


def _whole_interpolation(parts: list[_Part]) -> str | None:
    """The expression of a template that is exactly one ``${…}``, else ``None``."""
    if len(parts) != 1 or parts[0].literal or not parts[0].text.startswith("${"):
        return None
    expression = parts[0].text[2:-1]
    expression = expression.removeprefix("~").removesuffix("~").strip()
    if not expression:
        return None
    return f"({expression})" if "\n" in expression else expression


def _escape_literal(text: str, path: str) -> str:
    escaped = []
    for char in text:
        if char in _LITERAL_ESCAPES:
            escaped.append(_LITERAL_ESCAPES[char])
        elif unicodedata.category(char) == "Cs":
            raise HclConversionError(f"{path}: lone surrogate {char!r} in a string cannot be written as UTF-8")
        elif unicodedata.category(char) == "Cc":
            escaped.append(f"\\u{ord(char):04x}")
        else:
            escaped.append(char)
    return "".join(escaped)


def _quoted(parts: list[_Part], path: str) -> str:
    pieces = []
    for part in parts:
        if part.literal:
            pieces.append(_escape_literal(part.text, path))
        elif "\n" in part.text:
            raise HclConversionError(f"{path}: an interpolation with a line break inside a template is not supported: {part.text!r}")
        else:
            pieces.append(part.text)
    return '"' + "".join(pieces) + '"'


def _heredoc(parts: list[_Part], value: str, level: int) -> str | None:
    """An indented heredoc with exactly the value of ``parts``, or ``None`` when one cannot be written exactly.

    ``<<-`` removes the smallest indentation of the non-blank lines; every line gets the same indentation and one line
    of the value starts with a visible character, so exactly that indentation is removed again.
    """
    if not value.endswith("\n") or value.count("\n") < 2:
        return None
    if any(not part.literal and "\n" in part.text for part in parts):
        return None
    if any(unicodedata.category(char) in ("Cc", "Cs") and char != "\n" and char != "\t" for char in value):
        return None
    source = "".join(part.text for part in parts)
    lines = source[:-1].split("\n")
    if any(line[:1] == "\t" or (line and not line.strip()) for line in lines):
        return None
    if all(not line or line[:1] == " " for line in lines):
        return None
    marker = next((candidate for candidate in _HEREDOC_MARKERS if all(line.strip() != candidate for line in lines)), None)
    if marker is None:
        return None
    body = "\n".join(f"{INDENT * (level + 1)}{line}" if line else "" for line in lines)
    return f"<<-{marker}\n{body}\n{INDENT * level}{marker}"


def _json_document(value: str, parts: list[_Part], path: str) -> Any:
    """The object or array a string holds as JSON text, if writing it with ``jsonencode`` keeps every template
    sequence inside the same JSON string, else ``None``."""
    if not value.lstrip().startswith(("{", "[")):
        return None
    try:
        document = json.loads(value, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
    except ValueError:
        return None
    if not isinstance(document, (dict, list)):
        return None
    sequences = [part.text for part in parts if not part.literal]
    if any('"' in text or "\\" in text for text in sequences):
        return None
    if _count_sequences(document, path) != len(sequences):
        return None
    return document


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate key")
    return dict(pairs)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _count_sequences(value: Any, path: str) -> int:
    if isinstance(value, str):
        return sum(not part.literal for part in _template_parts(value, path))
    if isinstance(value, list):
        return sum(_count_sequences(item, path) for item in value)
    if isinstance(value, dict):
        return sum(_count_sequences(key, path) + _count_sequences(item, path) for key, item in value.items())
    return 0


def _label(value: Any, path: str) -> str:
    """A block label: a quoted literal string (labels are not templates)."""
    if not isinstance(value, str) or not value or "${" in value or "%{" in value:
        raise HclConversionError(f"{path}: {value!r} cannot be a block label")
    return '"' + _escape_literal(value, path) + '"'


def _strip_interpolation(value: Any, path: str, what: str) -> str:
    if not isinstance(value, str):
        raise HclConversionError(f"{path}: {what} must be a string, not {type(value).__name__} {value!r}")
    expression = _whole_interpolation(_template_parts(value, path))
    return expression if expression is not None else value.strip()


def _reference(value: Any, path: str, *, pattern: re.Pattern[str] = _REFERENCE, what: str = "a reference") -> str:
    """A bare reference (``aws_s3_bucket.logs``, ``aws.cn_north_1``) from ``"name"`` or ``"${name}"``."""
    reference = _strip_interpolation(value, path, what)
    if not pattern.match(reference):
        raise HclConversionError(f"{path}: {value!r} is not {what}")
    return reference


def _reference_list(value: Any, path: str, *, what: str = "a reference") -> str:
    if not isinstance(value, list):
        raise HclConversionError(f"{path}: expected a list of references, not {type(value).__name__} {value!r}")
    return "[" + ", ".join(_reference(item, f"{path}[{index}]", what=what) for index, item in enumerate(value)) + "]"


# --------------------------------------------------------------------------------------------------------------------
# Bodies and blocks
# --------------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Item:
    """One rendered body entry: an attribute line (maybe with a multi-line value) or a nested block."""

    text: str
    block: bool


def _join(groups: list[list[_Item]]) -> str:
    """Body text: groups separated by a blank line, and a blank line on each side of a nested block."""
    lines: list[str] = []
    for group in (group for group in groups if group):
        if lines:
            lines.append("")
        previous: _Item | None = None
        for item in group:
            if previous is not None and (item.block or previous.block):
                lines.append("")
            lines.append(item.text)
            previous = item
    return "\n".join(lines)


def _block(header: str, groups: list[list[_Item]], level: int) -> _Item:
    body = _join(groups)
    if not body:
        return _Item(f"{INDENT * level}{header} {{}}", True)
    return _Item(f"{INDENT * level}{header} {{\n{body}\n{INDENT * level}}}", True)


def _attribute(name: str, text: str, level: int) -> _Item:
    return _Item(f"{INDENT * level}{name} = {text}", False)


def _bodies(value: Any, path: str, what: str) -> list[dict[str, Any]]:
    """The bodies of a block written as an object or as a list of objects."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    raise HclConversionError(f"{path}: {what} must be an object or a list of objects, not {type(value).__name__} {value!r}")


def _one_body(value: Any, path: str, what: str) -> dict[str, Any]:
    bodies = _bodies(value, path, what)
    if len(bodies) != 1:
        raise HclConversionError(f"{path}: expected one {what}, found {len(bodies)}")
    return bodies[0]


def _entries(body: dict[str, Any]) -> list[tuple[str, Any]]:
    """A body's keys without cdktf's ``"//"`` comments."""
    return [(key, value) for key, value in body.items() if key != "//"]


def _ordered(body: dict[str, Any], order: tuple[str, ...]) -> list[tuple[str, Any]]:
    """A body's entries with the keys named in ``order`` first, in that order; the others after them as they come."""
    rank = {key: index for index, key in enumerate(order)}
    return sorted(_entries(body), key=lambda entry: rank.get(entry[0], len(order)))


def _body_key(key: str, path: str) -> str:
    if not _IDENTIFIER.match(key):
        raise HclConversionError(f"{path}: {key!r} is not a valid argument name")
    return key


class _Converter:
    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema

    # ----- values -----------------------------------------------------------------------------------------------

    def expression(self, value: Any, path: str, level: int, *, newline_separated: bool = False, functions: bool = True) -> str:
        """``value`` as an HCL expression whose continuation lines are indented for a line at ``level``.

        ``newline_separated``: the expression ends its line (an attribute or object element), so a heredoc may be used.
        ``functions``: ``jsonencode`` may be used (not in literal-only places such as a variable's default).
        """
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if not math.isfinite(value):
                raise HclConversionError(f"{path}: {value!r} is not a number Terraform can hold")
            return json.dumps(value)
        if isinstance(value, str):
            return self.string(value, path, level, newline_separated=newline_separated, functions=functions)
        if isinstance(value, list):
            return self.tuple_(value, path, level, functions=functions)
        if isinstance(value, dict):
            return self.object_(value, path, level, functions=functions)
        raise HclConversionError(f"{path}: cannot write a {type(value).__name__} ({value!r}) as HCL")

    def string(self, value: str, path: str, level: int, *, newline_separated: bool, functions: bool) -> str:
        parts = _template_parts(value, path)
        expression = _whole_interpolation(parts)
        if expression is not None:
            return expression
        if functions:
            document = _json_document(value, parts, path)
            if document is not None:
                return f"jsonencode({self.expression(document, path, level, functions=functions)})"
        if newline_separated:
            heredoc = _heredoc(parts, value, level)
            if heredoc is not None:
                return heredoc
        return _quoted(parts, path)

    def tuple_(self, value: list[Any], path: str, level: int, *, functions: bool) -> str:
        if not value:
            return "[]"
        items = [self.expression(item, f"{path}[{index}]", level + 1, functions=functions) for index, item in enumerate(value)]
        inline = "[" + ", ".join(items) + "]"
        if len(inline) <= INLINE_LIST_WIDTH and "\n" not in inline and not any(isinstance(item, (dict, list)) and item for item in value):
            return inline
        return "[\n" + "".join(f"{INDENT * (level + 1)}{item},\n" for item in items) + f"{INDENT * level}]"

    def object_(self, value: dict[str, Any], path: str, level: int, *, functions: bool) -> str:
        if not value:
            return "{}"
        lines = [
            f"{INDENT * (level + 1)}{self.key(key, f'{path}.{key}')} = "
            f"{self.expression(item, f'{path}.{key}', level + 1, newline_separated=True, functions=functions)}"
            for key, item in value.items()
        ]
        return "{\n" + "\n".join(lines) + f"\n{INDENT * level}}}"

    @staticmethod
    def key(key: Any, path: str) -> str:
        """An object key: bare when it is an identifier, ``(expr)`` when it is one interpolation, else a quoted template."""
        if not isinstance(key, str):
            raise HclConversionError(f"{path}: object key {key!r} is not a string")
        if _IDENTIFIER.match(key) and key not in _KEYWORDS:
            return key
        parts = _template_parts(key, path)
        expression = _whole_interpolation(parts)
        if expression is not None:
            return f"({expression})"
        return _quoted(parts, path)

    # ----- top level --------------------------------------------------------------------------------------------

    def blocks(self, config: dict[str, Any]) -> list[tuple[str, str]]:
        """(top-level key, block text) for every top-level block, in the JSON's order."""
        if not isinstance(config, dict):
            raise HclConversionError(f"(root): a Terraform JSON configuration is an object, not {type(config).__name__}")
        handlers = {
            "terraform": self.terraform,
            "provider": self.providers,
            "variable": self.variables,
            "locals": self.locals_,
            "data": self.data_sources,
            "resource": self.resources,
            "output": self.outputs,
            "module": self.modules,
            "check": self.checks,
            "moved": self.moved,
            "import": self.imports,
            "removed": self.removed,
        }
        blocks: list[tuple[str, str]] = []
        for key, value in _entries(config):
            if key not in handlers:
                raise HclConversionError(f"{key}: unknown top-level block type (known: {', '.join(handlers)})")
            blocks.extend((key, item.text) for item in handlers[key](value, key))
        return blocks

    def labelled(self, value: Any, path: str, what: str) -> list[tuple[str, dict[str, Any], str]]:
        """(label, body, path) for ``{"label": body}`` (a body may be a list of one object)."""
        if not isinstance(value, dict):
            raise HclConversionError(f"{path}: {what} must be an object keyed by name, not {type(value).__name__}")
        return [(label, _one_body(body, f"{path}.{label}", what), f"{path}.{label}") for label, body in _entries(value)]

    def terraform(self, value: Any, path: str) -> list[_Item]:
        items: list[_Item] = []
        for body in _bodies(value, path, "the terraform block"):
            entries: list[_Item] = []
            for key, item in _ordered(body, TERRAFORM_ORDER):
                where = f"{path}.{key}"
                if key == "required_version":
                    entries.append(_attribute(key, self.expression(item, where, 1, functions=False), 1))
                elif key == "required_providers":
                    entries.append(self.required_providers(item, where))
                elif key == "backend":
                    entries.extend(self.backend(item, where))
                elif key == "cloud":
                    entries.append(self.cloud(item, where))
                else:
                    raise HclConversionError(f"{where}: unsupported terraform setting (supported: required_version, required_providers, backend, cloud)")
            items.append(_block("terraform", [entries], 0))
        return items

    def required_providers(self, value: Any, path: str) -> _Item:
        entries: list[_Item] = []
        for name, requirement in _entries(_one_body(value, path, "required_providers block")):
            where = f"{path}.{name}"
            if isinstance(requirement, str):
                requirement = {"version": requirement}
            if not isinstance(requirement, dict):
                raise HclConversionError(f"{where}: a provider requirement is an object, not {type(requirement).__name__}")
            lines = []
            for key, item in _ordered(requirement, ("source", "version", "configuration_aliases")):
                if key in ("source", "version"):
                    text = self.expression(item, f"{where}.{key}", 3, functions=False)
                elif key == "configuration_aliases":
                    text = _reference_list(item, f"{where}.{key}", what="a provider reference")
                else:
                    raise HclConversionError(f"{where}.{key}: unsupported provider requirement (supported: source, version, configuration_aliases)")
                lines.append(f"{INDENT * 3}{key} = {text}")
            entries.append(_attribute(_body_key(name, where), "{\n" + "\n".join(lines) + f"\n{INDENT * 2}}}" if lines else "{}", 2))
        return _block("required_providers", [entries], 1)

    def backend(self, value: Any, path: str) -> list[_Item]:
        if not isinstance(value, dict) or len(_entries(value)) != 1:
            raise HclConversionError(f'{path}: expected exactly one backend, as {{"<type>": {{...}}}}')
        [(kind, config)] = _entries(value)
        where = f"{path}.{kind}"
        if kind not in BACKEND_BLOCKS:
            raise HclConversionError(f"{where}: unknown backend type (known: {', '.join(BACKEND_BLOCKS)})")
        return [_block(f"backend {_label(kind, where)}", [self.literal_body(_one_body(config, where, "backend"), where, 2, blocks=BACKEND_BLOCKS[kind])], 1)]

    def cloud(self, value: Any, path: str) -> _Item:
        entries: list[_Item] = []
        for key, item in _entries(_one_body(value, path, "cloud block")):
            where = f"{path}.{key}"
            if key in ("organization", "hostname", "token"):
                entries.append(_attribute(key, self.expression(item, where, 2, functions=False), 2))
            elif key == "workspaces":
                workspace: list[_Item] = []
                for name, setting in _entries(_one_body(item, where, "workspaces block")):
                    if name not in ("name", "tags", "project"):
                        raise HclConversionError(f"{where}.{name}: unsupported workspaces setting (supported: name, tags, project)")
                    workspace.append(_attribute(name, self.expression(setting, f"{where}.{name}", 3, functions=False), 3))
                entries.append(_block("workspaces", [workspace], 2))
            else:
                raise HclConversionError(f"{where}: unsupported cloud setting (supported: organization, hostname, token, workspaces)")
        return _block("cloud", [entries], 1)

    def literal_body(self, body: dict[str, Any], path: str, level: int, *, blocks: frozenset[str] = frozenset()) -> list[_Item]:
        """A body of attributes with literal values (no functions), ``blocks`` naming the keys that are blocks."""
        items: list[_Item] = []
        for key, item in _entries(body):
            where = f"{path}.{key}"
            if key in blocks:
                items.extend(_block(key, [self.literal_body(nested, where, level + 1)], level) for nested in _bodies(item, where, f"a {key} block"))
            else:
                items.append(_attribute(_body_key(key, where), self.expression(item, where, level, newline_separated=True, functions=False), level))
        return items

    def providers(self, value: Any, path: str) -> list[_Item]:
        if not isinstance(value, dict):
            raise HclConversionError(f"{path}: expected an object keyed by provider name, not {type(value).__name__}")
        items: list[_Item] = []
        for name, configs in _entries(value):
            where = f"{path}.{name}"
            if name != "aws":
                raise HclConversionError(f"{where}: no schema for provider {name!r}; only hashicorp/aws is supported")
            for index, config in enumerate(_bodies(configs, where, "a provider configuration")):
                alias: list[_Item] = []
                body: dict[str, Any] = {}
                for key, item in _entries(config):
                    if key == "alias":
                        alias.append(_attribute("alias", self.expression(item, f"{where}[{index}].alias", 1, functions=False), 1))
                    elif key == "version":
                        raise HclConversionError(f"{where}[{index}].version: version in a provider block is deprecated; use terraform.required_providers")
                    else:
                        body[key] = item
                if "provider" not in self.schema:
                    raise HclConversionError(f"{where}[{index}]: no provider schema given (see provider_schema)")
                main = self.schema_body(self.schema["provider"], body, f"{where}[{index}]", 1, what="the aws provider")
                items.append(_block(f"provider {_label(name, where)}", [alias + main], 0))
        return items

    def variables(self, value: Any, path: str) -> list[_Item]:
        items: list[_Item] = []
        for name, body, where in self.labelled(value, path, "a variable"):
            entries: list[_Item] = []
            for key, item in _ordered(body, VARIABLE_ORDER):
                at = f"{where}.{key}"
                if key == "type":
                    type_ = _strip_interpolation(item, at, "a type")
                    if not type_ or "${" in type_:
                        raise HclConversionError(f"{at}: {item!r} is not a type expression")
                    entries.append(_attribute("type", type_, 1))
                elif key in ("description", "default", "sensitive", "nullable", "ephemeral"):
                    entries.append(_attribute(key, self.expression(item, at, 1, newline_separated=True, functions=False), 1))
                elif key == "validation":
                    entries.extend(self.condition_blocks("validation", item, at, 1))
                else:
                    raise HclConversionError(
                        f"{at}: unsupported variable argument (supported: type, description, default, sensitive, nullable, ephemeral, validation)"
                    )
            items.append(_block(f"variable {_label(name, where)}", [entries], 0))
        return items

    def condition_blocks(self, name: str, value: Any, path: str, level: int, *, message: str = "error_message") -> list[_Item]:
        """``validation``, ``precondition``, ``postcondition`` and ``assert`` blocks: a condition and a message."""
        items = []
        for index, body in enumerate(_bodies(value, path, f"a {name} block")):
            entries = []
            for key, item in _entries(body):
                at = f"{path}[{index}].{key}"
                if key not in ("condition", message):
                    raise HclConversionError(f"{at}: a {name} block has only condition and {message}")
                entries.append(_attribute(key, self.expression(item, at, level + 1, newline_separated=True), level + 1))
            items.append(_block(name, [entries], level))
        return items

    def locals_(self, value: Any, path: str) -> list[_Item]:
        items = []
        for body in _bodies(value, path, "a locals block"):
            entries = [
                _attribute(_body_key(key, f"{path}.{key}"), self.expression(item, f"{path}.{key}", 1, newline_separated=True), 1)
                for key, item in _entries(body)
            ]
            items.append(_block("locals", [entries], 0))
        return items

    def resources(self, value: Any, path: str) -> list[_Item]:
        return self.typed_blocks("resource", value, path, self.schema.get("resource_schemas", {}))

    def data_sources(self, value: Any, path: str, *, level: int = 0) -> list[_Item]:
        return self.typed_blocks("data", value, path, self.schema.get("data_source_schemas", {}), level=level)

    def typed_blocks(self, kind: str, value: Any, path: str, schemas: dict[str, Any], *, level: int = 0) -> list[_Item]:
        if not isinstance(value, dict):
            raise HclConversionError(f"{path}: expected an object keyed by {kind} type, not {type(value).__name__}")
        items = []
        for type_, instances in _entries(value):
            where = f"{path}.{type_}"
            schema = BUILTIN_SCHEMAS.get((kind, type_)) or schemas.get(type_)
            if schema is None:
                raise HclConversionError(f"{where}: unknown {kind} type {type_!r} (not in hashicorp/aws {PROVIDER_VERSION} nor built into Terraform)")
            for name, body, at in self.labelled(instances, where, f"a {kind}"):
                head: list[_Item] = []
                main: dict[str, Any] = {}
                tail: list[_Item] = []
                for key, item in _entries(body):
                    meta = f"{at}.{key}"
                    if key in ("count", "for_each"):
                        head.append(_attribute(key, self.expression(item, meta, level + 1), level + 1))
                    elif key == "provider":
                        head.append(_attribute(key, _reference(item, meta, pattern=_PROVIDER_REFERENCE, what="a provider reference"), level + 1))
                    elif key == "depends_on":
                        tail.append(_attribute(key, _reference_list(item, meta), level + 1))
                    elif key == "lifecycle":
                        tail.append(self.lifecycle(item, meta, level + 1, kind=kind))
                    elif key in ("provisioner", "connection"):
                        raise HclConversionError(f"{meta}: {key} blocks are not supported")
                    else:
                        main[key] = item
                body_items = self.schema_body(schema, main, at, level + 1, what=f"{kind} type {type_}")
                items.append(_block(f"{kind} {_label(type_, where)} {_label(name, at)}", [head, body_items, tail], level))
        return items

    def lifecycle(self, value: Any, path: str, level: int, *, kind: str) -> _Item:
        allowed = {
            "resource": {"create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by", "precondition", "postcondition"},
            "data": {"precondition", "postcondition"},
            "removed": {"destroy"},
        }[kind]
        entries: list[_Item] = []
        for key, item in _entries(_one_body(value, path, "lifecycle block")):
            where = f"{path}.{key}"
            if key not in allowed:
                raise HclConversionError(f"{where}: unsupported lifecycle argument for a {kind} (supported: {', '.join(sorted(allowed))})")
            if key in ("precondition", "postcondition"):
                entries.extend(self.condition_blocks(key, item, where, level + 1))
            elif key == "ignore_changes":
                if isinstance(item, str) and _strip_interpolation(item, where, "ignore_changes") == "all":
                    entries.append(_attribute(key, "all", level + 1))
                else:
                    entries.append(_attribute(key, _reference_list(item, where, what="an attribute path"), level + 1))
            elif key == "replace_triggered_by":
                entries.append(_attribute(key, _reference_list(item, where), level + 1))
            else:
                entries.append(_attribute(key, self.expression(item, where, level + 1), level + 1))
        return _block("lifecycle", [[item for item in entries if not item.block] + [item for item in entries if item.block]], level)

    def schema_body(self, schema: dict[str, Any], body: dict[str, Any], path: str, level: int, *, what: str) -> list[_Item]:
        """Arguments and nested blocks of a resource, data source, provider or nested block, told apart by ``schema``."""
        items: list[_Item] = []
        for key, value in _entries(body):
            where = f"{path}.{key}"
            if key == "dynamic":
                items.extend(self.dynamic(schema, value, where, level, what=what))
            elif key in schema["block_types"]:
                items.extend(self.nested_blocks(key, schema["block_types"][key], value, where, level))
            elif key in schema["attributes"]:
                # A list-of-objects attribute that HCL also accepts as blocks (``ingress`` of aws_security_group) is an
                # attribute in JSON, whose objects need every field: the attribute form is the one that means the same.
                items.append(_attribute(key, self.expression(value, where, level, newline_separated=True), level))
            else:
                raise HclConversionError(f"{where}: {what} has no argument or block named {key!r} (hashicorp/aws {PROVIDER_VERSION})")
        return [item for item in items if not item.block] + [item for item in items if item.block]

    def plain_body(self, body: dict[str, Any], path: str, level: int) -> list[_Item]:
        return [
            _attribute(_body_key(key, f"{path}.{key}"), self.expression(value, f"{path}.{key}", level, newline_separated=True), level)
            for key, value in _entries(body)
        ]

    def nested_blocks(self, name: str, nested: dict[str, Any], value: Any, path: str, level: int) -> list[_Item]:
        mode = nested["nesting_mode"]
        if mode == "map":
            if not isinstance(value, dict):
                raise HclConversionError(f"{path}: {name} blocks are keyed by label: expected an object, not {type(value).__name__}")
            return [
                _block(
                    f"{name} {_label(label, f'{path}.{label}')}",
                    [self.schema_body(nested["block"], _one_body(body, f"{path}.{label}", name), f"{path}.{label}", level + 1, what=f"block {name}")],
                    level,
                )
                for label, body in _entries(value)
            ]
        bodies = _bodies(value, path, f"a {name} block")
        if mode in ("single", "group") and len(bodies) > 1:
            raise HclConversionError(f"{path}: {name} is a single block, found {len(bodies)}")
        if mode not in ("single", "group", "list", "set"):
            raise HclConversionError(f"{path}: unsupported nesting mode {mode!r} of block {name}")
        return [
            _block(name, [self.schema_body(nested["block"], body, f"{path}[{index}]" if len(bodies) > 1 else path, level + 1, what=f"block {name}")], level)
            for index, body in enumerate(bodies)
        ]

    def dynamic(self, schema: dict[str, Any], value: Any, path: str, level: int, *, what: str) -> list[_Item]:
        items = []
        for name, body, where in self.labelled(value, path, "a dynamic block"):
            if name in schema["block_types"]:
                content_schema = schema["block_types"][name]["block"]
            elif name in schema["attributes_as_blocks"]:
                content_schema = None
            else:
                raise HclConversionError(f"{where}: {what} has no block named {name!r}")
            entries: list[_Item] = []
            for key, item in _entries(body):
                at = f"{where}.{key}"
                if key == "for_each":
                    entries.append(_attribute(key, self.expression(item, at, level + 1), level + 1))
                elif key == "iterator":
                    entries.append(_attribute(key, _reference(item, at, what="an iterator name"), level + 1))
                elif key == "labels":
                    entries.append(_attribute(key, self.expression(item, at, level + 1), level + 1))
                elif key == "content":
                    content = _one_body(item, at, "content block")
                    inner = (
                        self.schema_body(content_schema, content, at, level + 2, what=f"block {name}")
                        if content_schema is not None
                        else self.plain_body(content, at, level + 2)
                    )
                    entries.append(_block("content", [inner], level + 1))
                else:
                    raise HclConversionError(f"{at}: a dynamic block has only for_each, iterator, labels and content")
            items.append(_block(f"dynamic {_label(name, where)}", [entries], level))
        return items

    def outputs(self, value: Any, path: str) -> list[_Item]:
        items = []
        for name, body, where in self.labelled(value, path, "an output"):
            entries: list[_Item] = []
            tail: list[_Item] = []
            for key, item in _ordered(body, OUTPUT_ORDER):
                at = f"{where}.{key}"
                if key in ("value", "description", "sensitive", "ephemeral"):
                    entries.append(_attribute(key, self.expression(item, at, 1, newline_separated=True), 1))
                elif key == "depends_on":
                    tail.append(_attribute(key, _reference_list(item, at), 1))
                elif key == "precondition":
                    tail.extend(self.condition_blocks(key, item, at, 1))
                else:
                    raise HclConversionError(
                        f"{at}: unsupported output argument (supported: value, description, sensitive, ephemeral, depends_on, precondition)"
                    )
            items.append(_block(f"output {_label(name, where)}", [entries, tail], 0))
        return items

    def modules(self, value: Any, path: str) -> list[_Item]:
        items = []
        for name, body, where in self.labelled(value, path, "a module"):
            head: list[_Item] = []
            inputs: list[_Item] = []
            tail: list[_Item] = []
            for key, item in _entries(body):
                at = f"{where}.{key}"
                if key in ("source", "version"):
                    head.append(_attribute(key, self.expression(item, at, 1, functions=False), 1))
                elif key in ("count", "for_each"):
                    head.append(_attribute(key, self.expression(item, at, 1), 1))
                elif key == "providers":
                    head.append(_attribute(key, self.provider_map(item, at), 1))
                elif key == "depends_on":
                    tail.append(_attribute(key, _reference_list(item, at), 1))
                elif key in ("lifecycle", "provider", "provisioner", "connection"):
                    raise HclConversionError(f"{at}: {key} is not allowed in a module block")
                else:
                    inputs.append(_attribute(_body_key(key, at), self.expression(item, at, 1, newline_separated=True), 1))
            items.append(_block(f"module {_label(name, where)}", [head, inputs, tail], 0))
        return items

    @staticmethod
    def provider_map(value: Any, path: str) -> str:
        if not isinstance(value, dict):
            raise HclConversionError(f"{path}: expected an object of provider references, not {type(value).__name__}")
        lines = [
            f"{INDENT * 2}{_reference(key, f'{path}.{key}', pattern=_PROVIDER_REFERENCE, what='a provider reference')} = "
            f"{_reference(item, f'{path}.{key}', pattern=_PROVIDER_REFERENCE, what='a provider reference')}"
            for key, item in _entries(value)
        ]
        return "{\n" + "\n".join(lines) + f"\n{INDENT}}}" if lines else "{}"

    def checks(self, value: Any, path: str) -> list[_Item]:
        items = []
        for name, body, where in self.labelled(value, path, "a check"):
            entries: list[_Item] = []
            for key, item in _entries(body):
                at = f"{where}.{key}"
                if key == "data":
                    entries.extend(self.data_sources(item, at, level=1))
                elif key == "assert":
                    entries.extend(self.condition_blocks("assert", item, at, 1))
                else:
                    raise HclConversionError(f"{at}: a check block has only data and assert")
            items.append(_block(f"check {_label(name, where)}", [entries], 0))
        return items

    def moved(self, value: Any, path: str) -> list[_Item]:
        items = []
        for index, body in enumerate(_bodies(value, path, "a moved block")):
            entries = []
            for key, item in _entries(body):
                if key not in ("from", "to"):
                    raise HclConversionError(f"{path}[{index}].{key}: a moved block has only from and to")
                entries.append(_attribute(key, _reference(item, f"{path}[{index}].{key}"), 1))
            items.append(_block("moved", [entries], 0))
        return items

    def imports(self, value: Any, path: str) -> list[_Item]:
        items = []
        for index, body in enumerate(_bodies(value, path, "an import block")):
            entries = []
            for key, item in _entries(body):
                at = f"{path}[{index}].{key}"
                if key == "to":
                    entries.append(_attribute(key, _reference(item, at), 1))
                elif key == "provider":
                    entries.append(_attribute(key, _reference(item, at, pattern=_PROVIDER_REFERENCE, what="a provider reference"), 1))
                elif key in ("id", "for_each"):
                    entries.append(_attribute(key, self.expression(item, at, 1), 1))
                else:
                    raise HclConversionError(f"{at}: unsupported import argument (supported: to, id, provider, for_each)")
            items.append(_block("import", [entries], 0))
        return items

    def removed(self, value: Any, path: str) -> list[_Item]:
        items = []
        for index, body in enumerate(_bodies(value, path, "a removed block")):
            entries = []
            for key, item in _entries(body):
                at = f"{path}[{index}].{key}"
                if key == "from":
                    entries.append(_attribute(key, _reference(item, at), 1))
                elif key == "lifecycle":
                    entries.append(self.lifecycle(item, at, 1, kind="removed"))
                else:
                    raise HclConversionError(f"{at}: unsupported removed argument (supported: from, lifecycle)")
            items.append(_block("removed", [entries], 0))
        return items


# --------------------------------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """``python -m tools.hcl FILE.tf.json [OUTDIR]``: write the HCL files into OUTDIR, or print them."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2):
        print("usage: python -m tools.hcl FILE.tf.json [OUTDIR]", file=sys.stderr)
        return 2
    config = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    try:
        files = to_hcl_files(config, provider_schema(SCHEMA_CACHE))
    except HclConversionError as error:
        print(f"{args[0]}: {error}", file=sys.stderr)
        return 1
    if len(args) == 1:
        print("\n".join(f"# --- {name}\n{text}" for name, text in files.items()), end="")
        return 0
    outdir = Path(args[1])
    outdir.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (outdir / name).write_text(text, encoding="utf-8")
        print(f"wrote {outdir / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
