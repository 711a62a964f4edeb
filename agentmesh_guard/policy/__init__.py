"""Cedar policy engine and the entities it sees."""

from agentmesh_guard.policy.engine import Decision, PolicyEngine, PolicySetInfo, load_policy_set

__all__ = ["Decision", "PolicyEngine", "PolicySetInfo", "load_policy_set"]
