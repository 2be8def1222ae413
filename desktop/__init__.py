"""The desktop application and the `branchdesk` command line: start-up, shell, commands."""

from desktop.qt_workarounds import pad_singleton_refcounts

pad_singleton_refcounts()  # before any Qt call anywhere in the process (see the module)
