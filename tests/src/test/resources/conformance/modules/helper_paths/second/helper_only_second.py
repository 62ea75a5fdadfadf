WHERE = "second only"
