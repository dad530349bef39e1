print("excuse-triage")
