using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("run", true)]
    [InlineData("runs", true)]
    [InlineData("along", true)]
    [InlineData("humvees", false)]
    [InlineData("belgorod", false)]
    [InlineData("shelling", false)]
    public void Everyday_words_are_the_model_vocabulary_s_first(string word, bool everyday) =>
        Assert.Equal(everyday, EnglishWords.IsEveryday(word));

    [Theory]
    [InlineData("shelled", true)]
    [InlineData("fleeing", true)]
    [InlineData("pnomarav", false)]
    public void Inflected_forms_of_english_words_are_words(string word, bool english) =>
        Assert.Equal(english, EnglishWords.Contains(word));
}
