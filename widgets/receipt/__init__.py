"""The counter receipt dialog: form, issue, preview of both copies."""
