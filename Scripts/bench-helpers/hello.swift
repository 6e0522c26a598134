// The start-up floor: a Swift program that only prints, built like connectlint's install.
print("hello")
