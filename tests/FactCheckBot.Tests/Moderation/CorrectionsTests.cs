using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Moderation;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Moderation;

// Corrections and flags reach later askers of the same question in other words, with the real sentence model.
public sealed class CorrectionsTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    private Task<Answer> Ask(string question) => app.Get<AnswerService>().AskAsync(question, new Asker());

    [Theory]
    [InlineData("how many ppl got injured")]
    [InlineData("How many were hurt in the attack?")]
    [InlineData("what's the number of injured people")]
    [InlineData("how many civilians were hurt")]
    [InlineData("How many people were injured in Belgorod?")]
    public async Task A_paraphrase_gets_the_correction_with_the_evidence_underneath(string paraphrase)
    {
        var first = await Ask("How many people were injured in the raid?");
        await app.Get<ModerationActions>().CorrectAsync(first.LogId, null, "Outlets differ: at least eight (FISM News), 12 (Military Cognizance).");
        var later = await Ask(paraphrase);
        Assert.Equal("moderator", later.Composer);
        Assert.Equal(first.LogId, later.Correction!.CorrectedLogId);
        Assert.StartsWith($"Corrected by moderators on {later.Correction.At[..10]}", later.Text);
        Assert.NotEmpty(later.Citations);
    }

    [Theory]
    [InlineData("How many people were killed in the raid?")]
    [InlineData("How many people were evacuated?")]
    [InlineData("Who carried out the raid?")]
    [InlineData("What did Dmitry Peskov say?")]
    public async Task A_different_question_does_not(string other)
    {
        var first = await Ask("How many people were injured in the raid?");
        await app.Get<ModerationActions>().CorrectAsync(first.LogId, null, "Outlets differ: at least eight (FISM News), 12 (Military Cognizance).");
        var later = await Ask(other);
        Assert.Null(later.Correction);
        Assert.NotEqual("moderator", later.Composer);
    }

    [Fact]
    public void Questions_about_different_names_or_figures_are_told_apart()
    {
        Assert.True(SameQuestion.Differ("What is the weather in Belgorod?", "What is the weather in Kyiv?"));
        Assert.True(SameQuestion.Differ("What did Gladkov say?", "What did Peskov say?"));
        Assert.True(SameQuestion.Differ("Is it true that 70 attackers were killed?", "were 7 attackers killed?"));
        Assert.True(SameQuestion.Differ("When did the raid start?", "How long did the raid last?"));
        Assert.False(SameQuestion.Differ("Who organised the raid on Belgorod?", "who was behind the belgorod incursion"));
        Assert.False(SameQuestion.Differ("How many people were injured in the raid?", "how many ppl got hurt lol"));
        // The incident's own setting may be added or dropped, not swapped for another.
        const string setting = "the cross-border raid into Russia's Belgorod region of 22–24 May 2023";
        Assert.False(SameQuestion.Differ("How many people were injured?", "how many were hurt in Belgorod?", setting));
        Assert.False(SameQuestion.Differ("How many people were injured in the raid?", "How many people were injured in Belgorod?", setting));
        Assert.True(SameQuestion.Differ("What is the weather in Belgorod?", "What is the weather in Kyiv?", setting));
        Assert.True(SameQuestion.Differ("How many people were injured in the raid?", "How many people were injured in Kyiv?", setting));
        Assert.True(SameQuestion.Differ("What did Peskov say about the raid?", "What did Peskov say about the drones?", setting));
    }

    [Fact]
    public async Task A_flagged_answer_is_not_served_again_unmarked_until_it_is_reviewed()
    {
        var first = await Ask("Who carried out the raid?");
        await app.Get<ModerationActions>().FlagAsync(first.LogId, null, "misses the Legion");
        var again = await Ask("who was behind the raid");
        Assert.Equal(first.LogId, again.UnderReview!.FlaggedLogId);
        Assert.StartsWith("Under review:", again.Text);
        Assert.NotEmpty(again.Citations);

        await app.Get<ModerationActions>().ApproveAsync(first.LogId, null);
        Assert.Null((await Ask("who was behind the raid")).UnderReview);
    }

    [Fact]
    public async Task A_correction_stays_with_its_question_when_aliases_change()
    {
        var first = await Ask("What did Gladkov say about the damage?");
        await app.Get<ModerationActions>().CorrectAsync(first.LogId, null, "Gladkov said several buildings were damaged.");
        app.Get<AliasStore>().Add("Gladkov", ["the governor"], "test");
        Assert.Equal(first.LogId, (await Ask("what did gladkov say about the damage")).Correction?.CorrectedLogId);
        var other = await Ask("What did the governor say about the evacuation?");
        Assert.Null(other.Correction);
    }

    [Fact]
    public async Task Undo_takes_the_correction_back()
    {
        var first = await Ask("What is the weather in Belgorod?");
        var actions = app.Get<ModerationActions>();
        await actions.FlagAsync(first.LogId, null, "not about the raid");
        await actions.CorrectAsync(first.LogId, null, "The sources say nothing about the weather.");
        Assert.NotNull((await Ask("what's the weather in Belgorod")).Correction);
        var undone = await actions.UndoAsync(first.LogId, null);
        Assert.Equal(ReviewStatus.Flagged, undone.Status);
        Assert.Contains("Undid the correction", undone.Message);
        var later = await Ask("what's the weather in Belgorod");
        Assert.Null(later.Correction);
        Assert.NotNull(later.UnderReview);
        await actions.UndoAsync(first.LogId, null);
        Assert.Null(app.Get<AnswerLog>().Get(first.LogId)!.ReviewStatus);
        Assert.Contains("no review to undo", (await Assert.ThrowsAsync<InputException>(() => actions.UndoAsync(first.LogId, null))).Message);
    }
}

// With embeddings off, a correction reaches the same question typed the same way (case, punctuation and spacing aside).
public sealed class CorrectionsWithoutEmbeddingsTests : IDisposable
{
    private readonly TestApp app = new(new Dictionary<string, string?> { ["Embeddings:Enabled"] = "false" });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_same_text_gets_the_correction()
    {
        var answers = app.Get<AnswerService>();
        var first = await answers.AskAsync("What is the weather in Belgorod?", new Asker());
        await app.Get<ModerationActions>().CorrectAsync(first.LogId, null, "The sources say nothing about the weather.");
        Assert.NotNull((await answers.AskAsync("what is the weather in belgorod", new Asker())).Correction);
        Assert.Null((await answers.AskAsync("what's the weather in Belgorod", new Asker())).Correction);
    }
}
