using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("generalizations", "gener")]
    [InlineData("oscillators", "oscil")]
    [InlineData("evacuation", "evacu")]
    [InlineData("evacuated", "evacu")]
    public void Stems_match_the_reference_algorithm(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Inflections_of_one_word_share_a_stem()
    {
        var stems = new[] { "killed", "killing", "kills", "kill" }.Select(PorterStemmer.Stem).Distinct().ToList();
        Assert.Single(stems);
    }

    [Theory]
    [InlineData("70")]
    [InlineData("белгород")]
    [InlineData("ab")]
    public void Words_outside_lower_case_ascii_are_left_alone(string word) =>
        Assert.Equal(word, PorterStemmer.Stem(word));
}
