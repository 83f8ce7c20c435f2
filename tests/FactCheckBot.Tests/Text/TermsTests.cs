using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class TermsTests
{
    [Fact]
    public void British_and_American_spellings_become_one_term()
    {
        Assert.Equal(Terms.TermsOf("defence ministry"), Terms.TermsOf("Defense Ministry"));
        Assert.Equal(Terms.TermsOf("armoured vehicles"), Terms.TermsOf("armored vehicles"));
        Assert.Equal(Terms.TermsOf("sceptical"), Terms.TermsOf("skeptical"));
        Assert.Equal(Terms.TermsOf("organised"), Terms.TermsOf("organized"));
    }

    [Fact]
    public void Possessives_and_curly_apostrophes_are_dropped()
    {
        Assert.Equal(Terms.TermsOf("Russia"), Terms.TermsOf("Russia’s"));
        Assert.Equal(Terms.TermsOf("Russia"), Terms.TermsOf("Russia's"));
    }

    [Fact]
    public void The_US_is_not_the_pronoun_us()
    {
        Assert.Equal(["usa"], Terms.TermsOf("US"));
        Assert.Equal(["usa"], Terms.TermsOf("U.S."));
        Assert.NotEqual(Terms.TermsOf("us"), Terms.TermsOf("US"));
    }

    [Fact]
    public void Numbers_keep_their_value()
    {
        Assert.Equal(["1000"], Terms.TermsOf("1,000"));
        Assert.NotEqual(Terms.TermsOf("3.5"), Terms.TermsOf("35"));
    }

    [Fact]
    public void Tokens_point_back_into_the_text()
    {
        const string text = "Gladkov said: “70 attackers”.";
        foreach (var token in Terms.Tokenize(text))
            Assert.True(char.IsLetterOrDigit(text[token.Start]));
        Assert.Equal(["gladkov", "said", "70", "attack"], Terms.TermsOf(text));
    }

    [Fact]
    public void Syntax_characters_never_survive_as_terms()
    {
        var terms = Terms.TermsOf("\"; DROP TABLE sources; -- NEAR(a b) * ^x col:y");
        Assert.All(terms, t => Assert.True(t.All(char.IsLetterOrDigit), t));
    }

    [Fact]
    public void Right_to_left_and_emoji_text_is_tokenized_without_error()
    {
        var terms = Terms.TermsOf("🔥 ما الذي حدث في بيلغورود؟ 🔥");
        Assert.Contains("بيلغورود", terms);
    }
}
