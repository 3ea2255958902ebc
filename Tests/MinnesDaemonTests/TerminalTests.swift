import Testing

@testable import MinnesCLI

/// What `minnes search` prints of a daemon's snippet.
@Suite struct TerminalTests {
    @Test func aSnippetReadsAsTheTextXapianEscaped() {
        let html = "Om <b>familjehem</b> &amp; jourhem i Höganäs:\n  3 &lt; 5, &quot;ja&quot; &#39;nej&#x27; &amp;lt;&gt;\t&lt;b&gt;slut"
        #expect(
            Terminal(styled: false).snippet(html)
                == "Om familjehem & jourhem i Höganäs: 3 < 5, \"ja\" 'nej' &lt;> <b>slut")
        #expect(
            Terminal(styled: true).snippet("<b>Ängelholm</b>s   <b>familjehem</b>")
                == "\u{1B}[1;33mÄngelholm\u{1B}[0ms \u{1B}[1;33mfamiljehem\u{1B}[0m")
    }

    @Test func anAmpersandOrBracketThatEscapesNothingStays() {
        #expect(Terminal(styled: false).snippet("A & B <i>c</i> &amp x &lt") == "A & B <i>c</i> &amp x &lt")
        #expect(Terminal(styled: false).snippet("") == "")
        #expect(Terminal(styled: false).snippet("  \n ") == "")
    }
}
