import MinnesAPI
import Testing

/// How `--index` and `MINNES_INDEX` name the indexes searched as one.
struct IndexAddressTests {
    @Test func aColonListKeepsRemoteAddressesWhole() throws {
        let list = try IndexAddress.list("/srv/a/Index:ifo=tcp://10.0.0.2:7000:ssh://arkiv.example/srv/b/Index:rel")
        #expect(list.count == 4)
        #expect(list[0] == IndexAddress(location: .local("/srv/a/Index")))
        #expect(list[1] == IndexAddress(name: "ifo", location: .tcp(host: "10.0.0.2", port: 7000)))
        #expect(list[2] == IndexAddress(location: .ssh(host: "arkiv.example", path: "/srv/b/Index")))
        let absolute = try Locations.resolve(index: "rel", socket: "s").index
        #expect(list[3].location == .local(absolute), "relative folders are made absolute")
        #expect(IndexAddress.joined(list).contains("ifo=tcp://10.0.0.2:7000"))
    }

    @Test func badAddressesSayWhatIsWrong() {
        for (text, why) in [
            ("tcp://host", "want tcp://HOST:PORT"), ("tcp://host:0", "want tcp://HOST:PORT"), ("ssh://host", "want ssh://HOST/PATH"),
            ("ssh://host/a b", "spaces"), ("http://host/x", "only tcp:// and ssh://"), ("bad name=/x", "cannot name an archive"),
        ] {
            #expect(throws: IndexAddressError.self, "\(text)") { try IndexAddress.list(text) }
            do { _ = try IndexAddress.list(text) } catch { #expect(error.description.contains(why), "\(text): \(error)") }
        }
    }
}
