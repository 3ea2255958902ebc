import MinnesCLI

await Minnes.mainWithExitStatus()
