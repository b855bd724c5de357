"""tools/hcl.py writes HCL that ``terraform fmt`` accepts as it is and that means what the JSON means.

Equivalence is checked three independent ways:

* Terraform itself: the HCL (alone, as ``main.tf``) and the JSON each ``init`` from the offline mirror and ``validate``
  with zero errors and zero warnings.
* Structure: python-hcl2 parses the HCL back; every block, label, argument and value is compared with the JSON after
  normalizing what legitimately differs (``"//"`` comments, ``"${x}"`` against bare ``x``, one block written as an
  object or a list of one, a policy string against ``jsonencode({...})``). Expressions are compared as python-hcl2
  re-prints them, so spacing does not matter but every token does; string literals are compared by value, after
  decoding HCL escapes and heredoc indentation.
* Values: ``terraform console`` evaluates the string and object rules on both syntaxes and must print the same values.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from pathlib import Path
from typing import Any

import hcl2
import pytest

from tools.hcl import HclConversionError, provider_schema, terraform_fmt, to_expression, to_hcl, to_hcl_files
from tools.terraform import PROVIDER_VERSION, Terraform, terraform_binary

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
GENERATED = {
    (path.parent.parent if path.parent.name == "json" else path.parent).name: path
    for path in sorted([*ROOT.glob("generated/*/cdk.tf.json"), *ROOT.glob("generated/*/json/cdk.tf.json")])
}
"""The committed Terraform JSON of each shipped example (``generated/<name>/json/cdk.tf.json``, formerly one level up)."""


# --------------------------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------------------------

POLICY = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "ReadThroughTheEndpoint",
                "Effect": "Allow",
                "Principal": "*",
                "Action": ["s3:GetObject", "s3:ListBucket"],
                "Resource": ["arn:aws-cn:s3:::${var.name}", "arn:aws-cn:s3:::${var.name}/*"],
                "Condition": {"StringEquals": {"aws:SourceVpc": "${aws_vpc.main.id}"}},
            }
        ],
    }
)

KITCHEN_SINK: dict[str, Any] = {
    "//": {"metadata": {"backend": "s3", "stackName": "kitchen-sink", "version": "0.21.0"}},
    "terraform": {
        "required_version": ">= 1.11.0, < 2.0.0",
        "required_providers": {"aws": {"source": "hashicorp/aws", "version": PROVIDER_VERSION}},
        "backend": {
            "s3": {
                "bucket": "state",
                "key": "kitchen-sink.tfstate",
                "region": "cn-north-1",
                "use_lockfile": True,
                "endpoints": {"s3": "https://s3.cn-north-1.amazonaws.com.cn"},
            }
        },
    },
    "provider": {
        "aws": [
            {"region": "cn-north-1", "default_tags": {"tags": {"Project": "kitchen-sink"}}},
            {"alias": "cn_northwest_1", "region": "cn-northwest-1", "default_tags": [{"tags": {"Project": "kitchen-sink", "team:owner": "network"}}]},
        ]
    },
    "variable": {
        "name": {
            "type": "string",
            "description": "Name prefix.",
            "default": "kitchen-sink",
            "nullable": False,
            "validation": [{"condition": "${length(var.name) > 2}", "error_message": 'name needs at least 3 characters, e.g. "ops".'}],
        },
        "subnets": {
            "type": "map(object({ cidr = string, zone = optional(number, 0) }))",
            "description": "Subnets by name.",
            "default": {"a": {"cidr": "10.0.1.0/24"}, "b": {"cidr": "10.0.2.0/24", "zone": 1}},
        },
        "secret": {"type": "string", "sensitive": True, "default": None},
    },
    "locals": {"prefix": "${var.name}-net", "expirations": {"logs/": 30, "tmp/": 1}, "ports": [443, 80]},
    "data": {
        "aws_availability_zones": {
            "zones": {
                "//": {"metadata": {"path": "kitchen-sink/zones"}},
                "filter": {"name": "opt-in-status", "values": ["opt-in-not-required"]},
                "state": "available",
                "lifecycle": {"postcondition": {"condition": "${length(self.names) >= 2}", "error_message": "Needs two zones."}},
            }
        },
        "aws_caller_identity": {"current": {}},
        "terraform_remote_state": {"network": {"backend": "local", "config": {"path": "../network/terraform.tfstate"}, "defaults": {"vpc_id": None}}},
    },
    "resource": {
        "aws_vpc": {
            "main": {
                "cidr_block": "10.0.0.0/16",
                "tags": {"Name": "${local.prefix}", "kubernetes.io/role/elb": "1", "for": "keyword key"},
                "lifecycle": {"prevent_destroy": True, "create_before_destroy": False, "ignore_changes": ['tags["Owner"]', "enable_dns_support"]},
            }
        },
        "aws_subnet": {
            "each": {
                "for_each": "${var.subnets}",
                "vpc_id": "${aws_vpc.main.id}",
                "cidr_block": "${each.value.cidr}",
                "availability_zone": "${data.aws_availability_zones.zones.names[each.value.zone]}",
                "tags": {"Name": "${local.prefix}-${each.key}"},
                "lifecycle": {
                    "precondition": [
                        {"condition": "${cidrsubnet(each.value.cidr, 0, 0) == each.value.cidr}", "error_message": "${each.key} is not a network address."}
                    ],
                    "replace_triggered_by": ["aws_vpc.main.id"],
                },
            }
        },
        "aws_security_group": {
            "web": {
                "provider": "aws",
                "vpc_id": "${aws_vpc.main.id}",
                "ingress": [
                    {
                        "from_port": 443,
                        "to_port": 443,
                        "protocol": "tcp",
                        "cidr_blocks": ["10.0.0.0/8"],
                        "description": "HTTPS",
                        "ipv6_cidr_blocks": [],
                        "prefix_list_ids": [],
                        "security_groups": [],
                        "self": False,
                    }
                ],
                "dynamic": {
                    "egress": {
                        "for_each": "${local.ports}",
                        "content": {"from_port": "${egress.value}", "to_port": "${egress.value}", "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]},
                    }
                },
            }
        },
        "aws_s3_bucket": {"logs": {"count": 1, "bucket_prefix": "${var.name}-logs-", "force_destroy": False}},
        "aws_s3_bucket_lifecycle_configuration": {
            "logs": {
                "bucket": "${aws_s3_bucket.logs[0].id}",
                "dynamic": {
                    "rule": {
                        "for_each": "${local.expirations}",
                        "iterator": "expiry",
                        "content": {
                            "id": '${trimsuffix(expiry.key, "/")}',
                            "status": "Enabled",
                            "filter": [{"prefix": "${expiry.key}"}],
                            "expiration": {"days": "${expiry.value}"},
                        },
                    }
                },
            }
        },
        "aws_vpc_endpoint": {
            "s3": {
                "provider": "aws.cn_northwest_1",
                "vpc_id": "${aws_vpc.main.id}",
                "service_name": "com.amazonaws.cn-northwest-1.s3",
                "vpc_endpoint_type": "Interface",
                "private_dns_enabled": False,
                "dns_options": {"dns_record_ip_type": "ipv4"},
                "policy": POLICY,
                "depends_on": ["aws_vpc.main", "aws_security_group.web"],
            }
        },
        "terraform_data": {"marker": {"input": "${var.name}", "triggers_replace": ["${aws_vpc.main.id}"]}},
    },
    "output": {
        "vpc_id": {
            "value": "${aws_vpc.main.id}",
            "description": "VPC id (vpc-…).",
            "depends_on": ["aws_vpc_endpoint.s3"],
            "precondition": {"condition": '${aws_vpc.main.cidr_block != ""}', "error_message": "The VPC has no CIDR block."},
        },
        "script": {"value": "#!/bin/sh\n# bucket ${aws_s3_bucket.logs[0].bucket}\necho \"$${HOME}\" 'done'\n\n  indented\n", "sensitive": False},
        "bucket_arn": {"value": "arn:aws-cn:s3:::${aws_s3_bucket.logs[0].bucket}/*"},
    },
    "module": {
        "child": {
            "source": "./child",
            "providers": {"aws.requester": "aws.cn_northwest_1", "aws.accepter": "aws"},
            "name": "${var.name}",
            "depends_on": ["aws_vpc.main"],
        }
    },
    "check": {
        "zones": {
            "data": {"aws_availability_zones": {"all": {"state": "available"}}},
            "assert": [{"condition": "${length(data.aws_availability_zones.all.names) > 0}", "error_message": "No zone is available."}],
        }
    },
    "moved": [{"from": "aws_vpc.old", "to": "aws_vpc.main"}],
    "import": [{"to": "aws_security_group.web", "id": "sg-0123456789abcdef0"}],
    "removed": [{"from": "aws_vpc.gone", "lifecycle": {"destroy": False}}],
}
"""Every construct the converter supports, in a configuration Terraform validates."""

CHILD_MODULE: dict[str, Any] = {
    "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "configuration_aliases": ["aws.requester", "aws.accepter"]}}},
    "variable": {"name": {"type": "string", "description": "Name prefix."}},
    "resource": {"aws_vpc": {"requester": {"provider": "aws.requester", "cidr_block": "10.1.0.0/16", "tags": {"Name": "${var.name}"}}}},
}

CONFIGS: dict[str, dict[str, Any]] = {
    **{name: json.loads(path.read_text(encoding="utf-8")) for name, path in GENERATED.items()},
    "kitchen-sink": KITCHEN_SINK,
}


# --------------------------------------------------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The block structure of hashicorp/aws, read once from the offline mirror."""
    return provider_schema(tmp_path_factory.mktemp("hcl-schema"))


@pytest.fixture(scope="module")
def converted(schema: dict[str, Any]) -> dict[str, str]:
    """Every configuration as one HCL file."""
    return {name: to_hcl(config, schema) for name, config in CONFIGS.items()}


@pytest.fixture(scope="module")
def parsed(converted: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Every converted configuration as python-hcl2 reads it."""
    return {name: hcl2.loads(text) for name, text in converted.items()}


@pytest.fixture(scope="module")
def validated(
    converted: dict[str, str], schema: dict[str, Any], terraform_cli_config: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], dict[str, Any]]:
    """``terraform validate -json`` of each configuration as HCL and as JSON, each alone in its directory."""
    base = tmp_path_factory.mktemp("hcl-validate")
    jobs: list[tuple[tuple[str, str], Path]] = []
    for name, config in CONFIGS.items():
        for syntax in ("hcl", "json"):
            directory = base / f"{name}-{syntax}"
            directory.mkdir()
            if syntax == "hcl":
                (directory / "main.tf").write_text(converted[name], encoding="utf-8")
            else:
                (directory / "main.tf.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
            if "module" in config:
                child = directory / "child"
                child.mkdir()
                if syntax == "hcl":
                    (child / "main.tf").write_text(to_hcl(CHILD_MODULE, schema), encoding="utf-8")
                else:
                    (child / "main.tf.json").write_text(json.dumps(CHILD_MODULE), encoding="utf-8")
            jobs.append(((name, syntax), directory))

    def validate(directory: Path) -> dict[str, Any]:
        terraform = Terraform(directory, cli_config=terraform_cli_config, plugin_cache=base / "plugin-cache")
        try:
            terraform.init("-backend=false")
        except RuntimeError as error:  # reported by the test of this configuration, not as an error of every test
            return {"valid": False, "init": str(error)}
        return terraform.validate()

    (base / "plugin-cache").mkdir()
    directories = [directory for _, directory in jobs]
    # The first init fills the shared plugin cache alone: two inits installing into an empty cache at once race
    # (one fails while the other writes the provider). Once it holds the provider, inits only link it.
    reports = [validate(directories[0])]
    with ThreadPoolExecutor(max_workers=2) as pool:
        reports += list(pool.map(validate, directories[1:]))
    return {key: report for (key, _), report in zip(jobs, reports, strict=True)}


# --------------------------------------------------------------------------------------------------------------------
# The real configurations
# --------------------------------------------------------------------------------------------------------------------


def test_every_shipped_example_is_converted() -> None:
    # GIVEN the committed examples THEN each of them is among the converted configurations
    assert {"china", "global", "hub-and-spoke"} <= set(GENERATED)


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_hcl_is_already_formatted(name: str, converted: dict[str, str]) -> None:
    # GIVEN a configuration converted to HCL WHEN terraform fmt checks it from stdin
    result = subprocess.run([terraform_binary(), "fmt", "-check", "-no-color", "-"], input=converted[name], capture_output=True, text=True, check=False)
    # THEN there is nothing to change
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_hcl_has_no_interpolation_only_strings_nor_quoted_references(name: str, converted: dict[str, str], parsed: dict[str, dict[str, Any]]) -> None:
    # GIVEN a configuration converted to HCL
    text = converted[name]
    # THEN no string is a single interpolation, references are bare, and cdktf's "//" comments are gone
    assert [string for string in _quoted_strings(parsed[name]) if _template(string[1:-1], escapes=True)[0] == "expr"] == []
    assert not re.search(r'\bprovider\s*=\s*"', text)
    assert not re.search(r'\b(depends_on|ignore_changes|replace_triggered_by|configuration_aliases)\s*=\s*\[\s*"', text)
    assert '"//"' not in text and "uniqueId" not in text


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_terraform_validates_hcl_and_json_alike_with_no_diagnostic(name: str, validated: dict[tuple[str, str], dict[str, Any]]) -> None:
    # GIVEN the HCL and the JSON of a configuration, each alone in a directory initialized from the offline mirror
    # WHEN terraform validates both
    hcl_report, json_report = validated[(name, "hcl")], validated[(name, "json")]
    # THEN both are valid with zero diagnostics of any severity
    assert json_report["valid"] is True and json_report["diagnostics"] == [], json_report
    assert hcl_report["valid"] is True, hcl_report
    assert hcl_report["error_count"] == 0 and hcl_report["warning_count"] == 0 and hcl_report["diagnostics"] == [], hcl_report


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_hcl_parses_back_to_the_json(name: str, parsed: dict[str, dict[str, Any]]) -> None:
    # GIVEN a configuration and its HCL, parsed back by python-hcl2
    # THEN every block, label, argument and value matches the JSON once both are normalized
    assert Comparison().body(CONFIGS[name], parsed[name], "", "") == []


def test_child_module_parses_back_to_the_json(schema: dict[str, Any]) -> None:
    # GIVEN the kitchen sink's child module, which declares provider configuration aliases
    text = to_hcl(CHILD_MODULE, schema)
    # THEN the aliases are bare references and the module parses back to its JSON
    assert "configuration_aliases = [aws.requester, aws.accepter]" in text
    assert Comparison().body(CHILD_MODULE, hcl2.loads(text), "", "") == []


def test_comparison_notices_a_changed_value(converted: dict[str, str]) -> None:
    # GIVEN the HCL of the kitchen sink with one character of its policy changed
    text = converted["kitchen-sink"].replace('"s3:ListBucket"', '"s3:ListBuckets"', 1)
    assert text != converted["kitchen-sink"]
    # WHEN it is compared with the JSON THEN the difference is reported (the comparison is not vacuous)
    assert Comparison().body(CONFIGS["kitchen-sink"], hcl2.loads(text), "", "") != []


@pytest.mark.parametrize("name", ["china", "kitchen-sink"])
def test_files_split_by_kind_hold_the_same_blocks(name: str, schema: dict[str, Any], parsed: dict[str, dict[str, Any]]) -> None:
    # GIVEN a configuration WHEN it is converted to several files
    files = to_hcl_files(CONFIGS[name], schema)
    # THEN the files follow the Terraform module layout, each is formatted, and together they hold the blocks of the single file
    expected = {"versions.tf", "main.tf", "outputs.tf"} | ({"variables.tf"} if "variable" in CONFIGS[name] else set())
    assert set(files) == expected
    assert files["versions.tf"].startswith("terraform {")
    assert all(terraform_fmt(text) == text for text in files.values())
    merged: dict[str, list[Any]] = {}
    for text in files.values():
        for kind, blocks in hcl2.loads(text).items():
            merged.setdefault(kind, []).extend(blocks)
    single = parsed[name]
    assert {kind: sorted(map(json.dumps, blocks)) for kind, blocks in merged.items()} == {
        kind: sorted(map(json.dumps, blocks)) for kind, blocks in single.items()
    }


EXPECTED_BLOCKS = [
    """provider "aws" {
  alias  = "cn_northwest_1"
  region = "cn-northwest-1"

  default_tags {
    tags = {
      Project      = "kitchen-sink"
      "team:owner" = "network"
    }
  }
}""",
    """  backend "s3" {
    bucket       = "state"
    key          = "kitchen-sink.tfstate"
    region       = "cn-north-1"
    use_lockfile = true
    endpoints = {
      s3 = "https://s3.cn-north-1.amazonaws.com.cn"
    }
  }""",
    """variable "subnets" {
  description = "Subnets by name."
  type        = map(object({ cidr = string, zone = optional(number, 0) }))
  default = {""",
    """data "aws_caller_identity" "current" {}""",
    """data "terraform_remote_state" "network" {
  backend = "local"
  config = {
    path = "../network/terraform.tfstate"
  }
  defaults = {
    vpc_id = null
  }
}""",
    """resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
  tags = {
    Name                     = local.prefix
    "kubernetes.io/role/elb" = "1"
    "for"                    = "keyword key"
  }

  lifecycle {
    prevent_destroy       = true
    create_before_destroy = false
    ignore_changes        = [tags["Owner"], enable_dns_support]
  }
}""",
    """  lifecycle {
    replace_triggered_by = [aws_vpc.main.id]

    precondition {
      condition     = cidrsubnet(each.value.cidr, 0, 0) == each.value.cidr
      error_message = "${each.key} is not a network address."
    }
  }""",
    """resource "aws_security_group" "web" {
  provider = aws

  vpc_id = aws_vpc.main.id
  ingress = [
    {
      from_port        = 443""",
    """  dynamic "egress" {
    for_each = local.ports

    content {
      from_port   = egress.value
      to_port     = egress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }""",
    """  dynamic "rule" {
    for_each = local.expirations
    iterator = expiry

    content {
      id     = trimsuffix(expiry.key, "/")
      status = "Enabled"

      filter {
        prefix = expiry.key
      }

      expiration {
        days = expiry.value
      }
    }
  }""",
    """resource "aws_vpc_endpoint" "s3" {
  provider = aws.cn_northwest_1

  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.cn-northwest-1.s3"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = false
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "ReadThroughTheEndpoint"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject", "s3:ListBucket"]
        Resource  = ["arn:aws-cn:s3:::${var.name}", "arn:aws-cn:s3:::${var.name}/*"]
        Condition = {
          StringEquals = {
            "aws:SourceVpc" = aws_vpc.main.id
          }
        }
      },
    ]
  })

  dns_options {
    dns_record_ip_type = "ipv4"
  }

  depends_on = [aws_vpc.main, aws_security_group.web]
}""",
    """output "vpc_id" {
  description = "VPC id (vpc-…)."
  value       = aws_vpc.main.id

  depends_on = [aws_vpc_endpoint.s3]

  precondition {
    condition     = aws_vpc.main.cidr_block != ""
    error_message = "The VPC has no CIDR block."
  }
}""",
    """output "script" {
  value     = <<-EOT
    #!/bin/sh
    # bucket ${aws_s3_bucket.logs[0].bucket}
    echo "$${HOME}" 'done'

      indented
  EOT
  sensitive = false
}""",
    """module "child" {
  source = "./child"
  providers = {
    aws.requester = aws.cn_northwest_1
    aws.accepter  = aws
  }

  name = var.name

  depends_on = [aws_vpc.main]
}""",
    """check "zones" {
  data "aws_availability_zones" "all" {
    state = "available"
  }

  assert {
    condition     = length(data.aws_availability_zones.all.names) > 0
    error_message = "No zone is available."
  }
}""",
    """moved {
  from = aws_vpc.old
  to   = aws_vpc.main
}""",
    """removed {
  from = aws_vpc.gone

  lifecycle {
    destroy = false
  }
}""",
]
"""Pieces of the kitchen sink's HCL: blocks and arguments as the provider schema says, meta-arguments first,
nested blocks after arguments, ``depends_on`` and ``lifecycle`` last, references bare."""


@pytest.mark.parametrize("expected", EXPECTED_BLOCKS, ids=lambda block: block.strip().split("\n")[0].rstrip(" {"))
def test_kitchen_sink_takes_the_idiomatic_form(expected: str, converted: dict[str, str]) -> None:
    # GIVEN every supported construct, converted WHEN a block is looked up THEN it reads exactly as expected
    assert expected in converted["kitchen-sink"]


def test_blocks_are_written_as_blocks_and_maps_as_attributes(converted: dict[str, str]) -> None:
    # GIVEN the shipped examples, whose JSON writes single blocks as objects and as lists of one
    for name in GENERATED:
        text = converted[name]
        # THEN default_tags and filter are blocks, tags is an attribute
        assert "  default_tags {\n    tags = {\n" in text, name
        assert "    tags = [" not in text and "  tags {" not in text, name
        assert all(line.strip() != "filter = [" for line in text.splitlines()), name


# --------------------------------------------------------------------------------------------------------------------
# String rules, checked on the text and evaluated by terraform console on both syntaxes
# --------------------------------------------------------------------------------------------------------------------

STRING_CASES: dict[str, Any] = {
    "whole": "${local.name}",
    "whole_number": "${local.number}",
    "template": "arn:aws-cn:s3:::${local.name}/*",
    "quotes_in_interpolation": 'https://bucket.${replace("*.vpce-1.s3.cn-north-1.vpce.amazonaws.com.cn", "*.", "")}',
    "escapes": 'say "hi" \\ back\ttab\r\n',
    "control_and_unicode": "bell\u0007 vpce-… 桶",
    "template_escapes": "$${not.interpolated} and %%{not a directive} and $$${local.name}",
    "directive": "%{ if local.number > 1 }many%{ else }one%{ endif }",
    "heredoc": '#!/bin/sh\n  indented ${local.name}\n\necho "done" $${HOME} \\n\n',
    "no_final_newline": "first\nsecond",
    "trailing_spaces_and_tabs": "spaces after  \nand\ta tab\n",
    "every_line_indented": "  one\n  two\n",
    "policy": json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject"],
                    "Resource": "arn:aws-cn:s3:::${local.name}/*",
                    "Condition": {"Bool": {"aws:SecureTransport": "true"}},
                }
            ],
        }
    ),
    "keys": {"Name": "plain", "kubernetes.io/role": "slash", "for": "keyword", "a b": "space", "${local.name}": "dynamic", "x-${local.name}": "template"},
    "values": ["a", 1, True, None, 1.5, [], {}, ""],
    "comment_key_in_a_value": {"//": "a key like any other outside a body", "a": 1},
}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("${aws_s3_bucket.x.bucket}", "aws_s3_bucket.x.bucket"),
        ("${ aws_s3_bucket.x.bucket }", "aws_s3_bucket.x.bucket"),
        ("arn:aws-cn:s3:::${aws_s3_bucket.x.bucket}/*", '"arn:aws-cn:s3:::${aws_s3_bucket.x.bucket}/*"'),
        ("${a}-${b}", '"${a}-${b}"'),
        ('${replace(x, "*.", "")}', 'replace(x, "*.", "")'),
        ('https://${replace(x, "}", "")}', '"https://${replace(x, "}", "")}"'),
        ('say "hi" \\ now\n\ttab', '"say \\"hi\\" \\\\ now\\n\\ttab"'),
        ("$${keep} %%{keep}", '"$${keep} %%{keep}"'),
        ("100%{ x }", '"100%%{ x }"'),
        ("%{ if a }b%{ endif }", '"%{ if a }b%{ endif }"'),
        ("\u0001", '"\\u0001"'),
        ("one\ntwo", '"one\\ntwo"'),
        ("  one\n  two\n", '"  one\\n  two\\n"'),
        ("one\n  two ${x}\n", "<<-EOT\n  one\n    two ${x}\nEOT"),
        ("EOT\nEOF\n", "<<-END\n  EOT\n  EOF\nEND"),
        ("{not json}", '"{not json}"'),
        ('{"Version": "2012-10-17", "Statement": []}', 'jsonencode({\n  Version = "2012-10-17"\n  Statement = []\n})'),
        ('["${a.b}", "c"]', 'jsonencode([a.b, "c"])'),
        ('{"a": ${var.x}}', '"{\\"a\\": ${var.x}}"'),
        ('{"a": "\\u0024{x}"}', '"{\\"a\\": \\"\\\\u0024{x}\\"}"'),
        (
            {"Name": 1, "kubernetes.io/role": 2, "for": 3, "${k}": 4, "x${k}": 5},
            '{\n  Name = 1\n  "kubernetes.io/role" = 2\n  "for" = 3\n  (k) = 4\n  "x${k}" = 5\n}',
        ),
        ([1, 2.5, True, None], "[1, 2.5, true, null]"),
    ],
)
def test_string_and_value_rules(value: Any, expected: str) -> None:
    # GIVEN a JSON value WHEN it is written as an HCL expression THEN it takes the idiomatic form
    assert to_expression(value) == expected


def test_references_are_bare_however_the_json_writes_them(schema: dict[str, Any]) -> None:
    # GIVEN provider and resource references written plainly and as "${...}" (both occur in Terraform JSON)
    config = {
        "terraform": {
            "required_providers": {"aws": {"configuration_aliases": ["aws.requester", "${aws.accepter}"], "source": "hashicorp/aws"}, "legacy": "~> 1.0"}
        },
        "resource": {
            "aws_vpc": {
                "x": {
                    "provider": "${aws.requester}",
                    "cidr_block": "10.0.0.0/16",
                    "depends_on": ["${aws_vpc.y}", "module.z"],
                    "lifecycle": {"ignore_changes": "${all}"},
                }
            }
        },
        "module": {"z": {"source": "./z", "providers": {"aws": "${aws.accepter}", "aws.requester": "aws.requester"}}},
    }
    # WHEN converted
    text = to_hcl(config, schema)
    # THEN every reference is bare, the legacy version-only requirement is an object, and "all" is the keyword
    assert '      source                = "hashicorp/aws"\n      configuration_aliases = [aws.requester, aws.accepter]\n' in text
    assert '    legacy = {\n      version = "~> 1.0"\n    }\n' in text
    assert "  provider = aws.requester\n" in text and "  depends_on = [aws_vpc.y, module.z]\n" in text and "    ignore_changes = all\n" in text
    assert "  providers = {\n    aws           = aws.accepter\n    aws.requester = aws.requester\n  }\n" in text


def test_console_evaluates_hcl_and_json_to_the_same_values(tmp_path: Path) -> None:
    # GIVEN locals exercising every string rule, as JSON and converted to HCL
    config = {"locals": {"name": "data-bucket", "number": 5, "cases": STRING_CASES}}
    hcl_text = to_hcl(config, {})
    assert re.search(r"\n +whole +?= local\.name\n", hcl_text) and re.search(r"\n +heredoc +?= <<-EOT\n", hcl_text)
    assert "policy = jsonencode({" in hcl_text
    # WHEN terraform console evaluates the cases in each syntax
    hcl_value, json_value = (_console(tmp_path / "hcl", "main.tf", hcl_text), _console(tmp_path / "json", "main.tf.json", json.dumps(config)))
    # THEN every value is the same; the policy is the same document (jsonencode orders keys and drops white space)
    assert json.loads(hcl_value.pop("policy")) == json.loads(json_value.pop("policy"))
    assert hcl_value == json_value
    assert hcl_value["heredoc"] == '#!/bin/sh\n  indented data-bucket\n\necho "done" ${HOME} \\n\n'
    assert hcl_value["whole_number"] == 5 and hcl_value["keys"]["data-bucket"] == "dynamic"


def test_console_reads_a_literal_percent_brace_as_text(tmp_path: Path) -> None:
    # GIVEN a string with a "%{" that opens no directive (Terraform would reject it as a template in JSON)
    text = to_hcl({"locals": {"cases": {"percent": "100%{done}"}}}, {})
    # THEN the HCL escapes it, and evaluates to the literal text
    assert '"100%%{done}"' in text
    assert _console(tmp_path / "hcl", "main.tf", text) == {"percent": "100%{done}"}


def _console(directory: Path, file_name: str, text: str) -> Any:
    directory.mkdir(parents=True)
    (directory / file_name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        [terraform_binary(), f"-chdir={directory}", "console", "-no-color"],
        input="base64encode(jsonencode(local.cases))\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(base64.b64decode(json.loads(result.stdout.strip())))


# --------------------------------------------------------------------------------------------------------------------
# What the converter refuses
# --------------------------------------------------------------------------------------------------------------------


def _vpc(**body: Any) -> dict[str, Any]:
    return {"resource": {"aws_vpc": {"main": {"cidr_block": "10.0.0.0/16", **body}}}}


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (_vpc(foo="bar"), r"resource\.aws_vpc\.main\.foo: resource type aws_vpc has no argument or block named 'foo'"),
        (
            {"resource": {"aws_instance": {"x": {"timeouts": {"create": "5m", "explode": "1m"}}}}},
            r"resource\.aws_instance\.x\.timeouts\.explode: block timeouts has no argument",
        ),
        ({"resource": {"aws_nope": {"x": {}}}}, r"resource\.aws_nope: unknown resource type 'aws_nope'"),
        ({"resource": {"random_id": {"x": {}}}}, r"resource\.random_id: unknown resource type"),
        ({"data": {"aws_ami": {"x": {"owners": ["amazon"], "wat": [{"a": 1}]}}}}, r"data\.aws_ami\.x\.wat: data type aws_ami has no argument or block"),
        ({"resources": {}}, r"resources: unknown top-level block type"),
        ({"terraform": {"experiments": ["x"]}}, r"terraform\.experiments: unsupported terraform setting"),
        ({"terraform": {"backend": {"etcd": {}}}}, r"terraform\.backend\.etcd: unknown backend type"),
        ({"provider": {"google": {}}}, r"provider\.google: no schema for provider 'google'"),
        ({"provider": {"aws": [{"version": "~> 5.0"}]}}, r"provider\.aws\[0\]\.version: version in a provider block is deprecated"),
        (_vpc(lifecycle={"ignore_change": ["tags"]}), r"resource\.aws_vpc\.main\.lifecycle\.ignore_change: unsupported lifecycle argument"),
        (
            _vpc(lifecycle={"ignore_changes": ["${upper(x)}"]}),
            r"resource\.aws_vpc\.main\.lifecycle\.ignore_changes\[0\]: '\$\{upper\(x\)\}' is not an attribute path",
        ),
        (_vpc(provider="aws.${var.region}"), r"resource\.aws_vpc\.main\.provider: 'aws\.\$\{var\.region\}' is not a provider reference"),
        (_vpc(provisioner=[{"local-exec": {"command": "true"}}]), r"resource\.aws_vpc\.main\.provisioner: provisioner blocks are not supported"),
        (_vpc(tags={"a": {1, 2}}), r"resource\.aws_vpc\.main\.tags\.a: cannot write a set"),
        (_vpc(tags={"a": float("nan")}), r"resource\.aws_vpc\.main\.tags\.a: nan is not a number"),
        (_vpc(cidr_block="${unterminated"), r"resource\.aws_vpc\.main\.cidr_block: unterminated interpolation"),
        ({"output": {"x": {"value": 1, "deprecated": "y"}}}, r"output\.x\.deprecated: unsupported output argument"),
        ({"variable": {"x": {"type": "string", "validations": []}}}, r"variable\.x\.validations: unsupported variable argument"),
        (
            {"resource": {"aws_instance": {"x": {"timeouts": [{"create": "1m"}, {"create": "2m"}]}}}},
            r"resource\.aws_instance\.x\.timeouts: timeouts is a single block, found 2",
        ),
    ],
)
def test_what_the_converter_does_not_understand_is_an_error_naming_the_path(config: dict[str, Any], message: str, schema: dict[str, Any]) -> None:
    # GIVEN a configuration with something the converter cannot write as equivalent HCL
    # WHEN it is converted THEN it fails with a message naming the path
    with pytest.raises(HclConversionError, match=message):
        to_hcl(config, schema)


def test_a_conversion_error_is_a_value_error(schema: dict[str, Any]) -> None:
    # GIVEN an unknown key WHEN the caller catches ValueError THEN it catches the conversion error
    with pytest.raises(ValueError, match=r"resource\.aws_vpc\.main\.foo"):
        to_hcl(_vpc(foo=1), schema)


def test_cloud_block_with_workspaces(schema: dict[str, Any]) -> None:
    # GIVEN a terraform block using HCP Terraform with workspaces selected by tags
    config = {"terraform": {"cloud": {"organization": "example", "hostname": "app.terraform.io", "workspaces": {"tags": ["network"], "project": "infra"}}}}
    # WHEN it is converted THEN workspaces is a block and the rest are arguments
    text = to_hcl(config, schema)
    assert text == (
        'terraform {\n  cloud {\n    organization = "example"\n    hostname     = "app.terraform.io"\n\n'
        '    workspaces {\n      tags    = ["network"]\n      project = "infra"\n    }\n  }\n}\n'
    )
    assert Comparison().body(config, hcl2.loads(text), "", "") == []


def test_cli_writes_the_files(tmp_path: Path, schema: dict[str, Any]) -> None:
    # GIVEN the China example WHEN the command line converts it into a directory (its schema cache pre-seeded)
    from tools import hcl

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / f"aws-{PROVIDER_VERSION}-blocks.json").write_text(json.dumps(schema), encoding="utf-8")
    original, hcl.SCHEMA_CACHE = hcl.SCHEMA_CACHE, cache
    try:
        assert hcl.main([str(GENERATED["china"]), str(tmp_path / "out")]) == 0
    finally:
        hcl.SCHEMA_CACHE = original
    # THEN it writes the split files
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["main.tf", "outputs.tf", "versions.tf"]


# --------------------------------------------------------------------------------------------------------------------
# Structural comparison of python-hcl2's parse with the JSON
# --------------------------------------------------------------------------------------------------------------------

REFERENCES: dict[str, frozenset[str]] = {
    "resource": frozenset({"provider", "depends_on"}),
    "data": frozenset({"provider", "depends_on"}),
    "lifecycle": frozenset({"ignore_changes", "replace_triggered_by"}),
    "variable": frozenset({"type"}),
    "output": frozenset({"depends_on"}),
    "module": frozenset({"depends_on", "providers"}),
    "moved": frozenset({"from", "to"}),
    "import": frozenset({"to", "provider"}),
    "removed": frozenset({"from"}),
    "dynamic": frozenset({"iterator"}),
}
"""Per block type, the arguments whose JSON strings are references (bare in HCL) rather than templates."""
NESTED_REFERENCES: dict[str, frozenset[str]] = {"required_providers": frozenset({"configuration_aliases"})}
"""Per block type, keys of object values whose JSON strings are references."""

_DIRECTIVE = re.compile(r"%\{~?\s*(?:if|else|endif|for|endfor)(?![\w-])")
_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\"}


class Comparison:
    """Walks the JSON and python-hcl2's parse of the HCL side by side and lists every difference."""

    def __init__(self) -> None:
        self.differences: list[str] = []

    def body(self, json_body: dict[str, Any], hcl_body: dict[str, Any], path: str, kind: str) -> list[str]:
        json_keys = [key for key in json_body if key != "//"]
        hcl_keys = [key for key in hcl_body if key != "__is_block__"]
        if sorted(json_keys) != sorted(hcl_keys):
            self.differences.append(f"{path or '(root)'}: keys {sorted(json_keys)} in JSON, {sorted(hcl_keys)} in HCL")
        for key in (key for key in json_keys if key in hcl_body):
            json_value, hcl_value, where = json_body[key], hcl_body[key], f"{path}.{key}".lstrip(".")
            if _is_block_list(hcl_value):
                self.blocks(json_value, _unlabel(hcl_value), where, key)
            else:
                expected = _canonical_json(json_value, reference=key in REFERENCES.get(kind, ()), nested=NESTED_REFERENCES.get(kind, frozenset()))
                actual = _canonical_hcl(hcl_value)
                if expected != actual:
                    self.differences.append(f"{where}: JSON {expected!r} != HCL {actual!r}")
        return self.differences

    def blocks(self, json_value: Any, hcl_value: Any, path: str, kind: str) -> None:
        if isinstance(hcl_value, list):
            bodies = [json_value] if isinstance(json_value, dict) else json_value
            if not isinstance(bodies, list) or len(bodies) != len(hcl_value):
                self.differences.append(f"{path}: {len(hcl_value)} block(s) in HCL for JSON {json_value!r}")
                return
            for index, (json_body, hcl_body) in enumerate(zip(bodies, hcl_value, strict=True)):
                self.body(json_body, hcl_body, f"{path}[{index}]" if len(bodies) > 1 else path, kind)
            return
        labels = [label for label in json_value if label != "//"] if isinstance(json_value, dict) else None
        if labels is None or sorted(labels) != sorted(hcl_value):
            self.differences.append(f"{path}: labels {labels} in JSON, {sorted(hcl_value)} in HCL")
            return
        for label in labels:
            self.blocks(json_value[label], hcl_value[label], f"{path}.{label}", kind)


def _quoted_strings(value: Any) -> list[str]:
    """Every quoted string (template) in python-hcl2's parse, object keys included."""
    if isinstance(value, str):
        return [value] if value.startswith('"') and not value.startswith('"<<') else []
    if isinstance(value, list):
        return [string for item in value for string in _quoted_strings(item)]
    if isinstance(value, dict):
        return [string for key, item in value.items() for string in _quoted_strings(key) + _quoted_strings(item)]
    return []


def _is_block_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(_is_block(item) for item in value)


def _is_block(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    if value.get("__is_block__") is True:
        return True
    return len(value) == 1 and next(iter(value)).startswith('"') and _is_block(next(iter(value.values())))


def _unlabel(blocks: list[dict[str, Any]]) -> Any:
    """python-hcl2's blocks in the JSON's shape: a list of bodies, or labels as nested keys."""
    if all(block.get("__is_block__") is True for block in blocks):
        return blocks
    grouped: dict[str, list[dict[str, Any]]] = {}
    for block in blocks:
        [(label, inner)] = block.items()
        grouped.setdefault(json.loads(label), []).append(inner)
    return {label: _unlabel(inner) for label, inner in grouped.items()}


def _canonical_json(value: Any, *, reference: bool = False, nested: frozenset[str] = frozenset()) -> Any:
    if isinstance(value, str):
        if reference:
            template = _template(value, escapes=False)
            return template if template[0] == "expr" else ("expr", _normalized(value))
        document = _json_document(value)
        return ("json", _canonical_json(document)) if document is not None else _template(value, escapes=False)
    if isinstance(value, list):
        return ("list", [_canonical_json(item, reference=reference, nested=nested) for item in value])
    if isinstance(value, dict):
        return (
            "object",
            {
                (_canonical_json(key, reference=True) if reference else _template(key, escapes=False)): _canonical_json(
                    item, reference=reference or key in nested, nested=nested
                )
                for key, item in value.items()
            },
        )
    return ("value", json.dumps(value))


def _json_document(value: str) -> Any:
    if not value.lstrip().startswith(("{", "[")):
        return None
    try:
        document = json.loads(value)
    except ValueError:
        return None
    return document if isinstance(document, (dict, list)) else None


def _canonical_hcl(value: Any) -> Any:
    if isinstance(value, str):
        if value.startswith('"<<'):
            return _template(_heredoc(value[1:-1]), escapes=False)
        if value.startswith('"'):
            return _template(value[1:-1], escapes=True)
        expression = value[2:-1] if value.startswith("${") and _closing_brace(value, 2) == len(value) else value
        if expression.startswith("jsonencode(") and expression.endswith(")"):
            return ("json", _canonical_hcl(hcl2.loads(f"x = {expression[len('jsonencode(') : -1]}\n")["x"]))
        return ("expr", _normalized(expression))
    if isinstance(value, list):
        return ("list", [_canonical_hcl(item) for item in value])
    if isinstance(value, dict):
        return ("object", {_canonical_hcl_key(key): _canonical_hcl(item) for key, item in value.items() if key != "__is_block__"})
    return ("value", json.dumps(value))


def _canonical_hcl_key(key: str) -> Any:
    if key.startswith('"'):
        return _template(key[1:-1], escapes=True)
    if key.startswith("${"):
        expression = key[2:-1]
        if expression.startswith("(") and expression.endswith(")"):
            expression = expression[1:-1]
        return ("expr", _normalized(expression))
    return _template(key, escapes=False)


def _heredoc(token: str) -> str:
    """The template source of a heredoc token, per the HCL spec (``<<-`` removes the least indentation)."""
    match = re.fullmatch(r"<<(-?)([A-Za-z_][\w-]*)\n(.*\n)[ \t]*\2", token, re.DOTALL)
    assert match, f"not a heredoc: {token!r}"
    lines = match.group(3)[:-1].split("\n")
    if match.group(1):
        indent = min(len(line) - len(line.lstrip(" ")) for line in lines if line.strip())
        lines = [line[indent:] for line in lines]
    return "\n".join(lines) + "\n"


def _template(text: str, *, escapes: bool) -> tuple[Any, ...]:
    """A template as ("expr", e) when it is one interpolation, else ("template", parts) with literal text decoded."""
    parts: list[tuple[str, str]] = []
    literal: list[str] = []
    index = 0
    while index < len(text):
        if text.startswith(("$${", "%%{"), index):
            literal.append(text[index + 1 : index + 3])
            index += 3
        elif text.startswith("${", index) or _DIRECTIVE.match(text, index):
            end = _closing_brace(text, index + 2)
            if literal:
                parts.append(("literal", "".join(literal)))
                literal = []
            inner = text[index + 2 : end - 1].strip("~ ")
            parts.append(("expr", _normalized(inner)) if text[index] == "$" else ("directive", re.sub(r"\s+", "", inner)))
            index = end
        elif escapes and text[index] == "\\":
            marker = text[index + 1]
            if marker in "uU":
                width = 4 if marker == "u" else 8
                literal.append(chr(int(text[index + 2 : index + 2 + width], 16)))
                index += 2 + width
            else:
                literal.append(_ESCAPES[marker])
                index += 2
        else:
            literal.append(text[index])
            index += 1
    if literal:
        parts.append(("literal", "".join(literal)))
    if len(parts) == 1 and parts[0][0] == "expr":
        return parts[0]
    return ("template", tuple(parts))


def _closing_brace(text: str, index: int) -> int:
    """Index past the brace that closes the ``${`` or ``%{`` whose content starts at ``index``."""
    depth, quoted = 0, False
    while index < len(text):
        char = text[index]
        if quoted:
            if char == "\\":
                index += 1
            elif char == '"':
                quoted = False
            elif text.startswith("${", index):
                index = _closing_brace(text, index + 2)
                continue
        elif char == '"':
            quoted = True
        elif char in "([{":
            depth += 1
        elif char in ")]" or (char == "}" and depth):
            depth -= 1
        elif char == "}":
            return index + 1
        index += 1
    raise AssertionError(f"unterminated interpolation in {text!r}")


@cache
def _normalized(expression: str) -> str:
    """An expression as python-hcl2 re-prints it: same tokens, canonical spacing."""
    value = hcl2.loads(f"x = {expression}\n")["x"]
    if isinstance(value, str) and value.startswith("${") and _closing_brace(value, 2) == len(value):
        value = value[2:-1]
    return json.dumps(value, sort_keys=True)


def test_comparison_helpers_decode_heredocs_and_escapes() -> None:
    # GIVEN a flush heredoc and a quoted string with escapes THEN they decode to the values the HCL spec gives
    assert _heredoc("<<-EOT\n    a\n\n      b ${x}\n  EOT") == "a\n\n  b ${x}\n"
    assert _template('say \\"hi\\" \\u00e9 $${x}', escapes=True) == ("template", (("literal", 'say "hi" é ${x}'),))
    assert _template("${ a.b }", escapes=False) == ("expr", _normalized("a.b"))
