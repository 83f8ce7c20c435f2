using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class AttributionTests
{
    [Theory]
    [InlineData("Regional governor Vyacheslav Gladkov said one civilian had died during the violence.", "Regional governor Vyacheslav Gladkov")]
    [InlineData("“The cleansing of the territory continues,” Gladkov said on the Telegram messaging service.", "Gladkov")]
    [InlineData("“It is up to Ukraine to decide,” said the state department’s spokesperson, Matthew Miller.", "the state department’s spokesperson, Matthew Miller")]
    [InlineData("Russian authorities evacuated residents from the district, according to Reuters.", "Reuters")]
    [InlineData("Russian authorities evacuated residents from the district after the raiding forces declared the capture of several towns.", "the raiding forces")]
    [InlineData("The Russian Defense Ministry on May 23 claimed that its troops had surrounded enemy fighters.", "The Russian Defense Ministry")]
    [InlineData("In a news briefing on Tuesday, Matthew Miller added: “It is up to Ukraine.”", "Matthew Miller")]
    [InlineData("Britain’s Ministry of Defense, however, said that the perpetrators were likely anti-regime Russians.", "Britain’s Ministry of Defense")]
    [InlineData("The governor of Russia’s Belgorod region, which borders Ukraine, announced on Tuesday evening that he was cancelling it.", "The governor of Russia’s Belgorod region")]
    [InlineData("Although Ukrainian officials have said little, the mayor says it is difficult to believe.", "the mayor")]
    [InlineData("Drones struck an oil depot near Belgorod overnight, the regional governor said.", "the regional governor")]
    [InlineData("On Tuesday, amid continued fighting, the governor warned people not to return to their homes.", "the governor")]
    [InlineData("Given its destruction, the West has maintained that Bakhmut is of little value to the Kremlin.", "the West")]
    [InlineData("Budanov – who heads the directorate – said the raid was planned in Russia.", "Budanov")]
    public void Finds_who_is_speaking(string sentence, string speaker) =>
        Assert.Equal(speaker, Attribution.Speaker(sentence, null));

    [Theory]
    [InlineData("Although Ukrainian officials have denied involvement, some say it is difficult to believe.")]
    [InlineData("Many people claimed the convoy was larger.")]
    [InlineData("The US has distanced itself from an incursion into Russia – which Moscow says ended in the defeat of armed insurgents.")]
    // The clause's own pronoun claims ("a location they claimed"); with nothing before it to name them, no one.
    [InlineData("Another showed them firing mortar rounds from a location they claimed was inside Russia.")]
    // "as we've said" is an aside inside a quotation, not its speaker.
    [InlineData("As a more general principle, as we’ve said and I believe I said yesterday, we do not encourage or enable strikes inside of Russia.")]
    public void An_unnamed_crowd_or_a_clause_s_own_speaker_is_not_the_sentence_s_speaker(string sentence) =>
        Assert.Null(Attribution.Speaker(sentence, null));

    [Fact]
    public void A_pronoun_speaker_is_resolved_from_the_sentences_before_it()
    {
        const string context = "Michael Colborne, a journalist with the open-source investigative group Bellingcat, told Vice News that he recognized some of the men.";
        var speaker = Attribution.Speaker("\"These are people who have literally organized Hitler worship nights,\" he said.", context);
        Assert.StartsWith("Michael Colborne", speaker);
    }

    [Fact]
    public void An_object_pronoun_ending_the_subject_does_not_speak()
    {
        const string context = "Gladkov said the shelling went on overnight.";
        Assert.Equal("Residents who saw them", Attribution.Speaker("Residents who saw them said the shelling stopped.", context));
        Assert.Equal("Gladkov", Attribution.Speaker("“It stopped at dawn,” he said, adding that the roads the convoy took were closed.", context));
    }

    [Fact]
    public void A_pronoun_without_context_has_no_speaker() =>
        Assert.Null(Attribution.Speaker("“It is over,” he said.", null));

    [Theory]
    [InlineData("Those videos could not be independently verified.")]
    [InlineData("The Russian defence ministry earlier claimed to have trapped units.")]
    [InlineData("The raid was reportedly launched by the Russian Volunteer Corps.")]
    [InlineData("Euromaidanpress, citing unconfirmed sources, said the raid appeared to be supported by artillery.")]
    public void Notices_hedging(string sentence) => Assert.NotEmpty(Attribution.Hedges(sentence, null));

    [Fact]
    public void A_disclaimer_in_the_next_sentence_hedges_the_quote()
    {
        var hedges = Attribution.Hedges("The ministry released videos of strikes.", "Those videos could not be independently verified.");
        Assert.Contains(hedges, h => h.Contains("independently verified"));
    }

    [Fact]
    public void Plain_reporting_is_not_hedged() =>
        Assert.Empty(Attribution.Hedges("Hundreds of Belgorod residents were evacuated from their homes on Monday.", "The fighting began on Monday."));
}
