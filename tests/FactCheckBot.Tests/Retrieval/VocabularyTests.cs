using FactCheckBot.Retrieval;

namespace FactCheckBot.Tests.Retrieval;

// Correcting what people type against the corpus's own words (an in-memory vocabulary of a few news words).
public sealed class VocabularyTests
{
    private static readonly Vocabulary.Snapshot Words = new((0, 0), new Dictionary<string, int>
    {
        ["civilians"] = 12, ["belgorod"] = 40, ["peskov"] = 2, ["gladkov"] = 9, ["attackers"] = 8, ["injured"] = 10,
        ["humvees"] = 4, ["evacuated"] = 7, ["podolyak"] = 2, ["maliar"] = 1, ["graivoron"] = 5, ["feather"] = 1, ["civilian"] = 3,
    });

    [Theory]
    [InlineData("civillians", "civilians")]
    [InlineData("belgrod", "belgorod")]
    [InlineData("attakers", "attackers")]
    [InlineData("injurd", "injured")]
    [InlineData("humvess", "humvees")]
    [InlineData("evacuatd", "evacuated")]
    public void Typos_are_corrected_to_the_corpus_word(string typed, string corpus) => Assert.Equal(corpus, Words.Correct(typed));

    [Theory]
    [InlineData("peskow", "peskov")]
    [InlineData("peskoff", "peskov")]
    [InlineData("hladkov", "gladkov")]
    [InlineData("podoliak", "podolyak")]
    [InlineData("malyar", "maliar")]
    [InlineData("hraivoron", "graivoron")]
    [InlineData("grayvoronsky", "graivoron")]
    [InlineData("graivoronskiy", "graivoron")]
    public void Transliterations_find_the_corpus_spelling(string typed, string corpus) => Assert.Equal(corpus, Words.Correct(typed));

    [Theory]
    [InlineData("weather")]
    [InlineData("zelensky")]
    [InlineData("xyz")]
    [InlineData("belgorod")]
    public void English_words_unknown_names_short_and_known_words_are_left_alone(string typed) => Assert.Null(Words.Correct(typed));

    [Fact]
    public void A_name_of_two_words_typed_a_letter_off_is_found_even_where_english_has_the_word_typed()
    {
        var names = new Dictionary<string, HashSet<string>> { ["matthew"] = ["miller"], ["vyacheslav"] = ["gladkov"] };
        var words = new Vocabulary.Snapshot((0, 0), new Dictionary<string, int> { ["miller"] = 2, ["gladkov"] = 9 }, names);
        Assert.Equal(("matthew", "miller"), words.TwoWordName("matthew", "miler"));
        Assert.Equal(("matthew", "miller"), words.TwoWordName("mathew", "miler"));
        Assert.Equal(("vyacheslav", "gladkov"), words.TwoWordName("vyacheslav", "hladkow"));
        Assert.Null(words.TwoWordName("the", "miler"));
        Assert.Null(words.TwoWordName("matthew", "said"));
        Assert.Null(words.TwoWordName("matthew", "miller"));
        // The closest spelling wins, and a function word opening a sentence ("The Miller …") is no first name.
        var both = new Vocabulary.Snapshot((0, 0), new Dictionary<string, int> { ["millar"] = 1, ["miller"] = 2, ["the"] = 50 },
            new Dictionary<string, HashSet<string>> { ["matthew"] = ["millar", "miller"], ["the"] = ["miller"] });
        Assert.Equal(("matthew", "miller"), both.TwoWordName("mathew", "miller"));
        Assert.Null(both.TwoWordName("the", "miler"));
    }

    [Fact]
    public void Only_a_name_s_off_or_eff_ending_spells_ov_or_ev()
    {
        Assert.Equal(Vocabulary.Fold("peskov"), Vocabulary.Fold("peskoff"));
        Assert.Equal(Vocabulary.Fold("koshelev"), Vocabulary.Fold("kosheleff"));
        Assert.NotEqual(Vocabulary.Fold("stav"), Vocabulary.Fold("staff"));
    }

    [Fact]
    public void The_more_frequent_of_two_equally_close_words_wins() => Assert.Equal("civilians", Words.Correct("civiliand"));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("peskow", "peskov", 1)]
    [InlineData("same", "same", 0)]
    public void Distance_counts_edits_and_adjacent_swaps(string a, string b, int distance) =>
        Assert.Equal(distance, Vocabulary.Distance(a, b, 5));

    [Fact]
    public void Distance_stops_past_its_limit() => Assert.Equal(2, Vocabulary.Distance("abcdefgh", "hgfedcba", 1));
}
