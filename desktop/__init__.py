"""The desktop application and the `branchdesk` command line: start-up, shell, commands."""
