import MinnesDaemon

do {
    let command = try DaemonCommand.parse()
    try await command.run()
} catch {
    DaemonCommand.exit(withError: error)
}
