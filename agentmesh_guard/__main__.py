from agentmesh_guard.cli import main

main()
