using FactCheckBot.Corpus;

namespace FactCheckBot.Tests.Corpus;

public sealed class HtmlAndMarkdownTests
{
    private const string Page = """
        <html><head>
          <title>Ignored title | Site</title>
          <meta property="og:title" content="Drones hit Belgorod">
          <meta property="og:site_name" content="Example News">
          <meta property="article:published_time" content="2023-05-23T18:30:00Z">
          <meta name="author" content="Ann Writer">
          <link rel="canonical" href="https://example.com/drones">
        </head><body>
          <header><nav>Home | World | Sport</nav></header>
          <div class="share-bar">Share on Facebook</div>
          <article>
            <h1>Drones hit Belgorod</h1>
            <p>Drones struck <b>administrative</b> buildings, the governor said.</p>
            <p>Residents were evacuated.<br>Officials gave no figures.</p>
            <script>var tracking = 1;</script>
            <aside>Related: other stories</aside>
            <form><button>Subscribe</button></form>
          </article>
          <footer>© Example News</footer>
        </body></html>
        """;

    [Fact]
    public void Reads_metadata_from_og_and_article_tags()
    {
        var page = HtmlArticle.Read(Page, null);
        Assert.Equal("Drones hit Belgorod", page.Title);
        Assert.Equal("Example News", page.SiteName);
        Assert.Equal("2023-05-23", page.Published);
        Assert.Equal("Ann Writer", page.Author);
        Assert.Equal("https://example.com/drones", page.Url);
    }

    [Fact]
    public void Keeps_the_article_body_and_drops_navigation_scripts_and_share_bars()
    {
        var text = HtmlArticle.Read(Page, null).Text;
        Assert.Contains("Drones struck administrative buildings, the governor said.", text);
        Assert.Contains("Residents were evacuated.\nOfficials gave no figures.", text);
        foreach (var junk in new[] { "Home | World", "Share on Facebook", "tracking", "Related:", "Subscribe", "©" })
            Assert.DoesNotContain(junk, text);
    }

    // The page used to be thrown away whole: "sidebar" in the body's class marked it as furniture.
    [Fact]
    public void An_article_whose_body_has_a_sidebar_class_is_kept()
    {
        const string page = """
            <html><head><title>Port closed - Loopback Times</title></head>
            <body class="single-post has-sidebar">
              <div class="sidebar">Most read: cats</div>
              <div id="main"><p>The port authority said the harbour would stay closed until Monday because of the storm.</p>
              <p>Ferries to the islands were cancelled for the weekend.</p></div>
            </body></html>
            """;
        var text = HtmlArticle.Read(page, new Uri("https://loopback.test/port")).Text;
        Assert.Contains("The port authority said the harbour would stay closed until Monday", text);
        Assert.Contains("Ferries to the islands were cancelled", text);
        Assert.DoesNotContain("Most read", text);
    }

    [Fact]
    public void Markdown_markup_goes_and_words_stay()
    {
        const string markdown = """
            # A headline

            Some **bold** and _italic_ text with a [link](https://example.com) and `code`.
            It continues on a second line.

            > A quoted line

            - a bullet
            ![image](pic.png)
            """;
        var text = MarkdownText.ToPlain(markdown);
        Assert.Equal("A headline\n\nSome bold and italic text with a link and code. It continues on a second line.\n\nA quoted line\n\na bullet", text);
    }

    [Fact]
    public void Markdown_keeps_underscores_and_asterisks_inside_words()
    {
        const string markdown = """
            The field user_id and the function get_casualty_count(2, 3) are named in snake_case; **bold** goes.

            A line with a hard break  
            and 5 * 3 = 15 and a_b_c.
            """;
        Assert.Equal(
            "The field user_id and the function get_casualty_count(2, 3) are named in snake_case; bold goes.\n\n" +
            "A line with a hard break and 5 * 3 = 15 and a_b_c.",
            MarkdownText.ToPlain(markdown));
    }

    [Fact]
    public void Markdown_code_html_entities_and_links_become_their_text()
    {
        const string markdown = """
            See <https://example.com/report> and [the &amp; report](https://example.com "title") &mdash; not ![a chart](c.png).

            <div class="note">An <b>HTML</b> block.</div>

            ```
            fenced_code_line one
            fenced_code_line two
            ```

            [ref]: https://example.com/ref
            """;
        Assert.Equal(
            "See https://example.com/report and the & report — not .\n\nAn HTML block.\n\nfenced_code_line one fenced_code_line two",
            MarkdownText.ToPlain(markdown));
    }
}
