print("collect-desk")
