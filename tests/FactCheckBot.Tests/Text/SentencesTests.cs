using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class SentencesTests
{
    private static List<string> Split(string text) => Sentences.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Splits_at_sentence_ends_and_keeps_closing_quotes()
    {
        var parts = Split("He said: “It is over.” Then he left. Did it end? Yes!");
        Assert.Equal(["He said: “It is over.”", "Then he left.", "Did it end?", "Yes!"], parts);
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        Assert.Single(Split("Belgorod’s regional Gov. Vyacheslav Gladkov told residents early on Tuesday."));
        Assert.Single(Split("U.S.-made Humvees were seen by Mr. Smith and the U.K. ministry."));
    }

    [Fact]
    public void An_ellipsis_inside_a_quote_followed_by_lower_case_does_not_split()
    {
        Assert.Single(Split("“I appeal to the residents who … temporarily left their homes,” he said."));
    }

    [Fact]
    public void Line_breaks_are_boundaries_and_offsets_are_exact()
    {
        const string text = "Headline without a stop\n\nFirst one. Second one.";
        var spans = Sentences.Split(text);
        Assert.Equal(3, spans.Count);
        Assert.Equal("Headline without a stop", text[spans[0].Start..spans[0].End]);
        Assert.Equal("Second one.", text[spans[2].Start..spans[2].End]);
    }

    [Theory]
    [InlineData("“I will say that we’re sceptical. As a principle, we do not encourage it.", true)]
    [InlineData("“I will say that we’re sceptical,” said Miller.", false)]
    [InlineData("\"We've seen the reports. I will say", true)]
    [InlineData("He said it was \"a small incident\" and left.", false)]
    [InlineData("\"Of course, we communicate with them. Of course, we share some information", true)]
    [InlineData("\"Of course, we communicate with them. Some might say we even cooperate,” Chernyak said.", false)]
    [InlineData("\"He said “no” to us\" and left.", false)]
    [InlineData("Podolyak said: “Seriously, it’s time. The sooner you leave", true)]
    [InlineData("The ministry said more than 70 “Ukrainian fighters had been killed and five pickup trucks destroyed.", false)]
    public void An_open_quotation_is_told_apart(string text, bool open) => Assert.Equal(open, Sentences.QuotationOpen(text, text.Length));

    [Fact]
    public void A_quotation_opened_inside_a_phrase_runs_on_when_a_closing_mark_follows()
    {
        const string text = "He called it “a provocation. They will answer.” Then he left.";
        Assert.True(Sentences.QuotationOpen(text, text.IndexOf("They", StringComparison.Ordinal)));
        const string slip = "It said 70 “fighters had been killed. The governor said one was killed by “the armed forces”.";
        Assert.False(Sentences.QuotationOpen(slip, slip.IndexOf("The governor", StringComparison.Ordinal)));
    }
}
