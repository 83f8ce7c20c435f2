using FactCheckBot.Retrieval;

namespace FactCheckBot.Tests.Retrieval;

public sealed class OutletMentionsTests
{
    private static readonly OutletMentions Mentions = new(["FISM News", "The Guardian", "RFE/RL", "Uganda Online Media", "BBC", "The Times"]);

    [Theory]
    [InlineData("who leads the legion per fism?", "who leads the legion ?", "FISM News")]
    [InlineData("what did the guardian article say about the drones", "what did say about the drones", "The Guardian")]
    [InlineData("according to rferl, how many humvees", ", how many humvees", "RFE/RL")]
    [InlineData("what did Radio Free Europe report", "what did report", "RFE/RL")]
    [InlineData("did the bbc's piece confirm it", "did confirm it", "BBC")]
    // Initials are the outlet however they are typed, though "bbc" is in an English vocabulary.
    [InlineData("bbc had smth about a gas pipline", "had smth about a gas pipline", "BBC")]
    public void An_outlet_named_in_a_question_is_found_and_taken_out(string text, string rest, string outlet)
    {
        var (left, found) = Mentions.Find(text);
        Assert.Equal(rest, left);
        Assert.Equal([outlet], found);
    }

    [Theory]
    [InlineData("how many ppl injured, rferl or guardian numbers?")]
    [InlineData("what do guardian and fism say")]
    public void An_everyday_word_listed_with_an_outlet_is_an_outlet_too(string text)
    {
        var (_, found) = Mentions.Find(text);
        Assert.Equal(2, found.Count);
        Assert.Contains("The Guardian", found);
    }

    [Theory]
    [InlineData("how many times did they attack")]
    [InlineData("was a guardian or a parent with the children")]
    [InlineData("was a legal guardian with the children")]
    [InlineData("what did the uganda government say")]
    public void An_everyday_word_that_is_also_an_outlet_s_name_stays_a_word(string text)
    {
        var (left, found) = Mentions.Find(text);
        Assert.Equal(text, left);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("what did rferl say about the evacuations", true)]
    [InlineData("does fism news mention what bellingcat found", true)]
    [InlineData("according to the guardian, how many fighters crossed", true)]
    [InlineData("the guardian reported what exactly about the drones?", true)]
    [InlineData("how many ppl injured, rferl or guardian numbers?", false)]
    [InlineData("bbc had smth about a gas pipline", false)]
    public void A_question_asks_what_an_outlet_said_when_the_outlet_says_reports_or_is_asked(string text, bool asks) =>
        Assert.Equal(asks, Mentions.AsksWhatItSaid(text));
}
