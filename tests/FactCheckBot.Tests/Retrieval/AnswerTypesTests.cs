using FactCheckBot.Retrieval;

namespace FactCheckBot.Tests.Retrieval;

public sealed class AnswerTypesTests
{
    [Theory]
    [InlineData("The fighting began on Monday.", true)]
    [InlineData("Hundreds of residents were evacuated on Monday after fighting broke out.", true)]
    [InlineData("Details of the raid continued to emerge on Tuesday evening.", false)]
    [InlineData("The fighting began after the governor spoke.", false)]
    public void A_sentence_that_says_when_the_incident_began_is_told_apart(string sentence, bool dates) =>
        Assert.Equal(dates, AnswerTypes.DatesStart(sentence));

    [Theory]
    [InlineData("The skirmishes between Russian security forces and the armed group lasted two days.", true)]
    [InlineData("Fighting in Russia’s Belgorod region entered a second day on Tuesday.", true)]
    [InlineData("Russia declared victory in the 10-month battle for Bakhmut.", false)]
    public void A_sentence_that_says_how_long_the_incident_went_on_is_told_apart(string sentence, bool times) =>
        Assert.Equal(times, AnswerTypes.TimesEvent(sentence));

    [Theory]
    [InlineData("The skirmishes lasted two days.", true)]
    [InlineData("Russia declared victory in the 10-month battle for Bakhmut.", true)]
    [InlineData("Residents still cannot return to their homes.", false)]
    [InlineData("Details of the raid continued to emerge on Tuesday evening.", false)]
    public void A_length_of_time_is_not_a_mere_sign_of_one(string sentence, bool states) =>
        Assert.Equal(states, AnswerTypes.StatesDuration(sentence));
}
