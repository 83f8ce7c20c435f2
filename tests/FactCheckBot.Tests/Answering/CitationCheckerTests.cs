using FactCheckBot.Answering;
using FactCheckBot.Retrieval;

namespace FactCheckBot.Tests.Answering;

// The gate between a model's text and the user, on its own: no database, no model.
public sealed class CitationCheckerTests
{
    private static GivenPassage Given(int n, string outlet, string text, string? original = null) =>
        new(n, new Candidate(n, n, 0, 0, text.Length, text, null, null, 0, outlet, original, null, null, "2023-05-23"));

    private static readonly GivenPassage[] Passages =
    [
        Given(1, "The Guardian", "Hundreds of Belgorod residents were evacuated, the governor said."),
        Given(2, "Military Cognizance", "Local authorities had to evacuate thousands of people."),
        Given(3, "Uganda Online Media", "One civilian had died during the violence.", original: "BBC News"),
    ];

    private static readonly string[] Outlets = ["The Guardian", "Military Cognizance", "Uganda Online Media", "BBC News", "FISM News"];

    private static CheckedText Check(string text) => CitationChecker.Check(text, Passages, Outlets);

    [Fact]
    public void A_sentence_that_quotes_its_cited_passage_and_names_its_outlet_is_kept()
    {
        var result = Check("The Guardian reports that \"Hundreds of Belgorod residents were evacuated\" [1].");
        var kept = Assert.Single(result.Kept);
        Assert.Equal([1], kept.Cites);
        Assert.Empty(result.Dropped);
    }

    [Theory]
    [InlineData("Hundreds were evacuated.", "cites no passage")]
    [InlineData("Ten thousand fled to Moscow [42].", "cites [42], which was not given")]
    [InlineData("Both say so [1][9][12].", "cites [9][12], which were not given")]
    [InlineData("The Guardian says \"tens of thousands fled in panic\" [1].", "quotes \"tens of thousands fled in panic\", which is not in [1]")]
    [InlineData("The Guardian says thousands were evacuated [2].", "names The Guardian but cites Military Cognizance in [2]")]
    [InlineData("FISM News says hundreds left [1].", "names FISM News but cites The Guardian in [1]")]
    public void A_sentence_that_breaks_a_rule_is_dropped_with_the_reason(string sentence, string reason)
    {
        var result = Check(sentence);
        Assert.Empty(result.Kept);
        Assert.Equal(reason, Assert.Single(result.Dropped).Reason);
    }

    [Fact]
    public void Short_names_of_outlets_count_as_the_outlet()
    {
        Assert.Single(Check("Guardian reporters say hundreds were evacuated [1].").Kept);
        Assert.Equal("names FISM but cites The Guardian in [1]", Assert.Single(Check("FISM says hundreds left [1].").Dropped).Reason);
    }

    [Fact]
    public void The_original_outlet_of_a_republished_passage_may_be_named()
    {
        Assert.Single(Check("The BBC, republished by Uganda Online Media, says \"One civilian had died\" [3].").Kept);
    }

    [Fact]
    public void Quotes_match_across_whitespace_and_quote_styles()
    {
        Assert.Single(Check("Military Cognizance says authorities “had to   evacuate\nthousands” [2].").Kept);
    }

    [Fact]
    public void An_outlet_named_inside_a_quote_is_not_held_against_the_sentence()
    {
        var passages = new[] { Given(1, "FISM News", "Officials told The Guardian that the border was calm.") };
        var result = CitationChecker.Check("FISM News writes that officials \"told The Guardian that the border was calm\" [1].", passages, Outlets);
        Assert.Single(result.Kept);
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("[1][2]")]
    [InlineData("[2,1]")]
    public void Several_citations_in_one_sentence_are_read(string markers)
    {
        var kept = Assert.Single(Check($"The outlets disagree on how many were evacuated {markers}.").Kept);
        Assert.Equal([1, 2], kept.Cites.Order());
    }

    [Theory]
    [InlineData("[١]")]
    [InlineData("[۲]")]
    [InlineData("[１]")]
    [InlineData("[1, ٢]")]
    public void Digits_other_than_ASCII_are_not_citations_and_do_not_crash(string marker)
    {
        var result = Check($"The Guardian says hundreds were evacuated {marker}.");
        Assert.Empty(result.Kept);
        Assert.Equal("cites no passage", Assert.Single(result.Dropped).Reason);
    }

    [Fact]
    public void Each_sentence_is_judged_on_its_own()
    {
        var result = Check("The Guardian reports hundreds were evacuated [1]. Thousands more fled [7]. Military Cognizance says thousands [2].");
        Assert.Equal(2, result.Kept.Count);
        Assert.Contains("[7]", Assert.Single(result.Dropped).Reason);
    }

    [Fact]
    public void A_structured_sentence_cites_what_it_lists_and_is_shown_with_its_markers()
    {
        var result = CitationChecker.Check(
            [new ModelSentence("The outlets disagree: \"Hundreds of Belgorod residents were evacuated\" or \"thousands of people\".", [2, 1])],
            Passages, Outlets);
        var kept = Assert.Single(result.Kept);
        Assert.Equal("The outlets disagree: \"Hundreds of Belgorod residents were evacuated\" or \"thousands of people\" [1][2].", kept.Text);
    }

    [Theory]
    [InlineData("Thousands fled [42].", new[] { 1 }, "cites [42], which was not given")]
    [InlineData("Thousands fled.", new int[0], "cites no passage")]
    [InlineData("Thousands fled.", new[] { -1 }, "cites [-1], which was not given")]
    [InlineData("FISM News says thousands fled.", new[] { 2 }, "names FISM News but cites Military Cognizance in [2]")]
    public void A_structured_sentence_is_held_to_the_same_rules(string text, int[] citations, string reason)
    {
        var result = CitationChecker.Check([new ModelSentence(text, citations)], Passages, Outlets);
        Assert.Empty(result.Kept);
        Assert.Equal(reason, Assert.Single(result.Dropped).Reason);
    }
}
