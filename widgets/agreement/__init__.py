"""Issuing a service agreement on screen (DOMAIN §7.4), a view plus a controller.

- `view.py` — `AgreementDialog`: product, amount and term, the preview of the issued PDF, the words; and
  `open_agreement_flow(...)`, the one entry point (profile button, recommendation 办理).
- `controller.py` — `AgreementIssue`: the products offered, the suitability result and the inputs it was computed
  for, the issue under way and its answer; every call to the service port through the job runner; the decision
  whether Issue may be pressed. No widgets and no words.
- `port.py` — `AgreementPort`: the service calls the flow makes, typed.
- `suitability_box.py` — the suitability result in words, one checkbox per warning to acknowledge, the recording id.
"""
