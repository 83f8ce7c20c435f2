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
    public void An_embedded_tweet_keeps_its_words_and_loses_its_credit()
    {
        var text = Clean("fismnews-fighting-enters-second-day.txt", "FISM News");
        Assert.Contains("The \"Freedom of Russia\" Legion announced that it is continuing the operation to liberate Belgorod Region together with the Red Cross.\n", text);
        Assert.DoesNotContain("BNR", text);
        Assert.DoesNotContain("Feher_Junior", text);
    }

    [Theory]
    [InlineData("bbc-us-distances-itself-republished.txt", "US Distances Itself From Belgorod Incursion")]
    [InlineData("militarycognizance-mystery-of-the-raid.txt", "Watch Video: The Mystery of the Raid")]
    [InlineData("rferl-belgorod-raid-photos.txt", "Humvees, Wreckage After")]
    [InlineData("fismnews-fighting-enters-second-day.txt", "MOSCOW CELEBRATES FIRST MAJOR VICTORY")]
    public void Headlines_and_subheadings_are_not_text(string file, string headline) =>
        Assert.DoesNotContain(headline, Clean(file, "FISM News"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void A_pasted_article_loses_its_headline_byline_dates_dateline_credits_and_share_buttons()
    {
        const string raw = """
            Ferries Delayed As Fog Closes Harbour
            By Jane Doe and John Roe
            Updated: 23 May 2023 14:05 BST
            Share this article
            PORT ELGIN, Ontario (Reuters) — Thick fog delayed two ferries by three hours on Friday, the harbour master said.
            Photo: Stringer/Reuters
            Passengers waited in the terminal while crews checked the radar.
            What Happens Next
            The council will review the harbour's fog warnings next month.
            (Photo by Jane Doe/AFP via Getty Images)
            Copy link
            Reporting by Jane Doe; Editing by John Roe
            """;
        var cleaned = TextCleaner.Clean(raw, "Harbour Gazette");
        Assert.Equal("Ferries Delayed As Fog Closes Harbour", cleaned.Headline);
        Assert.Equal("Jane Doe and John Roe", cleaned.Author);
        Assert.Equal(
            "Thick fog delayed two ferries by three hours on Friday, the harbour master said.\n\n" +
            "Passengers waited in the terminal while crews checked the radar.\n\n" +
            "The council will review the harbour's fog warnings next month.", cleaned.Text);
    }

    [Fact]
    public void A_single_line_without_a_full_stop_is_kept()
    {
        Assert.Equal("BREAKING: twelve people injured in Belgorod shelling", TextCleaner.Clean("BREAKING: twelve people injured in Belgorod shelling").Text);
        Assert.Contains("Reuters reported that the border crossing was closed", TextCleaner.Clean(
            "The mayor spoke on Friday.\nReuters reported that the border crossing was closed on Saturday morning.").Text);
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
