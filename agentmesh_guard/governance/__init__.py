"""Runtime governance: agent profiles, budgets, session TTL, the circuit breaker, supply chain.

- ``profile``: the profile shape in the mesh config (pydantic; patterns checked at load).
- ``facts``: normalised facts from tool arguments (paths, commands, hosts, packages, secrets).
- ``globs``, ``rules``: profile patterns compiled once; which facts break which rule.
- ``compile``: profiles to Cedar policies with stable ``@id``\\ s (added to the one PolicySet).
- ``runtime``: the Cedar context for a message; what a verdict changes (budgets, breaker).
- ``state``: in-memory and file ``GovernanceStore``\\ s (the contract is in ``types.py``).
- ``supplychain``: the typosquat detector.

See docs/governance.md. This package imports nothing from here on purpose: the config
imports ``profile`` and must not pull in the rest.
"""
