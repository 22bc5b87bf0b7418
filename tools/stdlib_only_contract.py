"""An import-linter contract: the listed packages import only the standard library and themselves.

The built-in `forbidden` contract needs every forbidden package named; this one allows a fixed set
instead, so a new third-party dependency cannot slip into the domain unnoticed.
"""

from __future__ import annotations

import sys

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class StdlibOnlyContract(Contract):
    type_name = "stdlib_only"

    source_packages = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        violations: list[str] = []
        for package in self.source_packages:  # type: ignore[attr-defined]
            modules = {package} | graph.find_descendants(package)
            for module in sorted(modules):
                for imported in sorted(graph.find_modules_directly_imported_by(module)):
                    top = imported.split(".")[0]
                    if imported == package or imported.startswith(package + "."):
                        continue
                    if top in sys.stdlib_module_names:
                        continue
                    violations.append(f"{module} imports {imported}")
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for line in check.metadata["violations"]:
            output.print_error(f"- {line}")
