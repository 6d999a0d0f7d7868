#!/usr/bin/python3
"""Validate a JSON document against a JSON Schema: validate_json.py SCHEMA INSTANCE.

The schema's "$schema" picks the draft (konform's report schema is 2020-12, SARIF's is
draft-04). Uses Debian's python3-jsonschema. Exit status: 0 valid, 1 invalid, 2 unusable
(missing module, unreadable file, broken schema) -- tests treat anything but 0 as failure.
"""
import json
import sys


def main(argv):
    if len(argv) != 3:
        print("usage: validate_json.py SCHEMA INSTANCE", file=sys.stderr)
        return 2
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed (apt-get install python3-jsonschema)",
              file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        with open(argv[2], encoding="utf-8") as f:
            instance = json.load(f)
    except (OSError, ValueError) as e:
        print(f"cannot read input: {e}", file=sys.stderr)
        return 2
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"{argv[1]}: not a valid {validator_class.__name__} schema: {e.message}",
              file=sys.stderr)
        return 2
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    for error in errors:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        print(f"{argv[2]}: {where}: {error.message}", file=sys.stderr)
    if errors:
        return 1
    print(f"{argv[2]}: valid against {argv[1]} ({validator_class.__name__})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
