using FactCheckBot.Corpus;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Corpus;

public sealed class TextCleanerTests
{
    private static string Clean(string file, string? outlet = null) =>
        TextCleaner.Clean(File.ReadAllText(Path.Combine(RepoPaths.DefaultCorpus, file)), outlet).Text;

    [Theory]
    [InlineData("bbc-us-distances-itself-republished.txt")]
    [InlineData("militarycognizance-mystery-of-the-raid.txt")]
    [InlineData("fismnews-fighting-enters-second-day.txt")]
    public void Site_furniture_is_gone_from_the_corpus_files(string file)
    {
        var text = Clean(file, "FISM News");
        foreach (var furniture in new[] { "Leave a Reply", "Leave a Comment", "Send this to a friend", "Ads Blocker", "Required fields",
                     "elfsight", "pic.twitter.com", "@Feher_Junior", "Powered By" })
            Assert.DoesNotContain(furniture, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_headline_printed_twice_is_kept_once()
    {
        var text = Clean("bbc-us-distances-itself-republished.txt");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "US Distances Itself From Belgorod Incursion", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
    }

    [Fact]
    public void Alt_text_repeated_by_its_caption_is_dropped()
    {
        var text = Clean("bbc-us-distances-itself-republished.txt");
        Assert.DoesNotContain("A wrecked vehicle with the words", text);
        Assert.Contains("Another Russian photo showed a wrecked vehicle", text);
    }

    [Fact]
    public void A_byline_naming_the_outlet_becomes_the_author()
    {
        var cleaned = TextCleaner.Clean(File.ReadAllText(Path.Combine(RepoPaths.DefaultCorpus, "fismnews-fighting-enters-second-day.txt")), "FISM News");
        Assert.Equal("Chris Lange", cleaned.Author);
        Assert.StartsWith("Fighting in Russia’s Belgorod region", cleaned.Text);
    }

    [Fact]
    public void Generic_furniture_is_recognised_by_shape()
    {
        const string raw = """
            By Jane Doe

            The council approved the budget on Monday after a long debate about school funding and roads.

            [caption id="attachment_5" align="alignnone"]
            Share this:
            https://example.com/some/link

            The mayor said the vote was "a fair compromise" for everyone who took part in it.

            3 Comments

            Great article!
            """;
        var cleaned = TextCleaner.Clean(raw);
        Assert.Equal("Jane Doe", cleaned.Author);
        Assert.DoesNotContain("Share this", cleaned.Text);
        Assert.DoesNotContain("caption", cleaned.Text);
        Assert.DoesNotContain("example.com", cleaned.Text);
        Assert.DoesNotContain("Great article", cleaned.Text);
        Assert.Contains("a fair compromise", cleaned.Text);
    }

    [Fact]
    public void Editorial_brackets_inside_quotes_are_kept() =>
        Assert.Contains("[liberated]", Clean("guardian-moscow-claims-attack-repelled.txt"));
}
