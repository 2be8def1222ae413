"""The customer 360 profile: one widget per section (identity, contact, value, holdings, risk, contacts,
complaints, tasks, change history, recommendations) and the panel that holds them (`widgets.profile.panel`)."""
