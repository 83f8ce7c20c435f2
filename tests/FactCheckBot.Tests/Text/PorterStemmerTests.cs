using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class PorterStemmerTests
{
    // A table of news words checked against Martin Porter's reference output, plus the words we keep apart
    // on purpose ("use" is not "us", "news" is not "new").
    public static TheoryData<string, string> Table()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Text", "stems.tsv")))
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var cells = line.Split('\t');
            data.Add(cells[0], cells[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Stems_follow_the_table(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Use_and_us_news_and_new_stay_apart_in_the_index()
    {
        Assert.NotEqual(Terms.Normalize("us"), Terms.Normalize("use"));
        Assert.NotEqual(Terms.Normalize("new"), Terms.Normalize("news"));
        Assert.NotEqual(Terms.Normalize("units"), Terms.Normalize("united"));
    }

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
