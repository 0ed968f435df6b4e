import Testing
@testable import Parallax

@Suite struct HTMLTreeBuilderTests {
    @Test func impliedParagraphAndListItemEnds() {
        #expect(HTMLTreeDump.dump("<p>one<p>two<ul><li>a<li>b</ul>") == """
            #document
              <p>
                "one"
              <p>
                "two"
              <ul>
                <li>
                  "a"
                <li>
                  "b"

            """)
    }

    @Test func misnestedTagsCloseInnerOnesAndStrayEndTagsAreIgnored() {
        #expect(HTMLTreeDump.dump("<div><b><i>x</b>y</i></span>z</div>w") == """
            #document
              <div>
                <b>
                  <i>
                    "x"
                "yz"
              "w"

            """)
    }

    @Test func tableCellsAndRowsCloseImplicitly() {
        #expect(HTMLTreeDump.dump("<table><tr><td>a<td>b<tr><th>c</table>d") == """
            #document
              <table>
                <tr>
                  <td>
                    "a"
                  <td>
                    "b"
                <tr>
                  <th>
                    "c"
              "d"

            """)
    }

    @Test func endTagOutsideTableCellDoesNotCloseTheCell() {
        #expect(HTMLTreeDump.dump("<div><table><tr><td>a</div>b</td></tr></table></div>") == """
            #document
              <div>
                <table>
                  <tr>
                    <td>
                      "ab"

            """)
    }

    @Test func optionsDefinitionsAndHeadingsCloseImplicitly() {
        #expect(HTMLTreeDump.dump("<select><option>a<option>b</select><dl><dt>t<dd>d</dl><h1>x<h2>y") == """
            #document
              <select>
                <option>
                  "a"
                <option>
                  "b"
              <dl>
                <dt>
                  "t"
                <dd>
                  "d"
              <h1>
                "x"
              <h2>
                "y"

            """)
    }

    @Test func voidElementsTakeNoChildren() {
        #expect(HTMLTreeDump.dump("<p>a<br>b<img src=x.png alt='A &amp; B'>c<hr>d") == """
            #document
              <p>
                "a"
                <br>
                "b"
                <img src="x.png" alt="A & B">
                "c"
              <hr>
              "d"

            """)
    }

    @Test func headEndsAtFirstBodyElementAndBodyEndTagClosesNothing() {
        #expect(HTMLTreeDump.dump("<!DOCTYPE html><html><head><title>T &amp; U</title><div>x</div></body>after</html>") == """
            #document
              <!DOCTYPE>
              <html>
                <head>
                  <title>
                    "T & U"
                <div>
                  "x"
                "after"

            """)
    }

    @Test func attributesQuotedUnquotedValuelessAndDuplicated() {
        #expect(HTMLTreeDump.dump("<a HREF=\"/x?a=1&copy=2\" data-x='y' hidden class=one class=two title = \"t\">l</a>") == """
            #document
              <a href="/x?a=1&copy=2" data-x="y" hidden="" class="one" title="t">
                "l"

            """)
    }

    @Test func strayLessThanIsText() {
        #expect(HTMLTreeDump.dump("a < b <3 c<") == """
            #document
              "a < b <3 c<"

            """)
    }

    @Test func tagCutOffByEndOfInputIsDropped() {
        #expect(HTMLTreeDump.dump("<p>text<a href=\"unterminated") == """
            #document
              <p>
                "text"

            """)
    }

    @Test func depthIsCapped() {
        let html = String(repeating: "<div>", count: 5000) + "deep" + String(repeating: "</div>", count: 5000)
        let document = HTMLParser().parse(Array(html.utf8))
        var deepest = 0
        for index in document.nodes.indices {
            var depth = 0
            var parent = document.nodes[index].parent
            while let up = parent { depth += 1; parent = document.nodes[up].parent }
            deepest = max(deepest, depth)
        }
        #expect(deepest <= HTMLParser.Configuration.default.maxDepth + 1)
        #expect(document.text(of: document.root) == "deep")
        #expect(document.elements(named: "div").count == 5000)
    }
}
