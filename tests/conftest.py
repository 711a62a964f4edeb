pytest_plugins = ["agentmesh_guard.testing.pytest_plugin"]
