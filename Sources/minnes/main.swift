import MinnesCLI

Minnes.mainWithExitStatus()
