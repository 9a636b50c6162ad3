"""The web battery, split by idea: settings (where the server listens, its keys), acts (the
acts and who may do them), wire (raw HTTP and WebSocket clients), server (is it alive, does it
answer by the rules, the journal's length), tally (the counts, the violations, the summary),
one module per phase or pair of phases (bad_http, bad_json, bad_frames, crowds, wrong_roles,
afterwards), and run (their order). The command line stays in tests/system/web_battery.py,
which web_battery.sh runs; this package is only imported by it."""
