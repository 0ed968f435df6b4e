import Testing
@testable import Parallax

@Suite struct HTMLTokenizerTests {
    @Test func scriptAndStyleContentsAreNotTagsAndNotText() {
        let html = "<p>a<script>if (x < 1 && y) { document.write('<p>no</p>') }</script>b<style>p{}</style></p>"
        #expect(HTMLTreeDump.dump(html) == """
            #document
              <p>
                "a"
                <script>
                  "if (x < 1 && y) { document.write('<p>no</p>') }"
                "b"
                <style>
                  "p{}"

            """)
        let document = HTMLParser().parse(Array(html.utf8))
        #expect(document.text(of: document.root) == "ab")
    }

    @Test func scriptEndTagNeedsADelimiter() {
        #expect(HTMLTreeDump.dump("<script>a</scripts>b</SCRIPT >c") == """
            #document
              <script>
                "a</scripts>b"
              "c"

            """)
    }

    @Test func unterminatedScriptRunsToTheEnd() {
        #expect(HTMLTreeDump.dump("<script>var a = '<div>';") == """
            #document
              <script>
                "var a = '<div>';"

            """)
    }

    @Test func textareaDecodesReferencesButNotTags() {
        #expect(HTMLTreeDump.dump("<textarea><b>&amp;</b></textarea>") == """
            #document
              <textarea>
                "<b>&</b>"

            """)
    }

    @Test func commentsIncludingOddAndUnterminatedOnes() {
        #expect(HTMLTreeDump.dump("a<!-- one -->b<!---->c<!-->d<!--x--!>e<? pi ?>f<!bogus>g<!-- open <p>") == """
            #document
              "a"
              <!-- one -->
              "b"
              <!---->
              "c"
              <!---->
              "d"
              <!--x-->
              "e"
              <!--? pi ?-->
              "f"
              <!--bogus-->
              "g"
              <!-- open <p>-->

            """)
    }

    @Test func cdataIsText() {
        #expect(HTMLTreeDump.dump("<p><![CDATA[a <b> &amp;]]></p>") == """
            #document
              <p>
                "a <b> &amp;"

            """)
    }

    @Test func emptyAndOddEndTags() {
        #expect(HTMLTreeDump.dump("a</>b</ x>c</") == """
            #document
              "ab"
              <!-- x-->
              "c</"

            """)
    }
}
