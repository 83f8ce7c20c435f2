using FactCheckBot.Corpus;
using FactCheckBot.Embeddings;
using FactCheckBot.Retrieval;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Retrieval;

// The sentence index on the built-in corpus with the real model: searched exactly in memory, and, past
// Retrieval:ExactSearchSentences, by the vectors' signs with the shortlist ranked exactly from SQLite.
public sealed class SentenceIndexTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "how many ppl got hurt",
        "who was behind the incursion?",
        "did the americans give them the humvees",
        "what did the governor say about drones",
        "why did they cross the border",
        "how long did the fighting last",
    ];

    private readonly TestApp exact = new();
    private readonly TestApp bySigns = new(new Dictionary<string, string?>
    {
        ["Retrieval:ExactSearchSentences"] = "0",
        ["Retrieval:ApproximateOversampling"] = "4",
    });

    public void Dispose()
    {
        exact.Dispose();
        bySigns.Dispose();
    }

    private static async Task<SentenceIndex.Probe> Probe(TestApp app, string question) =>
        new((await app.Get<SentenceVectors>().EmbedQueryAsync([question], default))![0]);

    [Fact]
    public async Task Searching_by_signs_finds_what_the_exact_search_finds_with_the_exact_similarities()
    {
        const int count = 5;
        var overlap = 0;
        foreach (var question in Questions)
        {
            var expected = exact.Get<SentenceIndex>().Nearest(await Probe(exact, question), count);
            var found = bySigns.Get<SentenceIndex>().Nearest(await Probe(bySigns, question), count);
            Assert.Equal(count, found.Count);
            // The shortlist (20 of the corpus's ~160 sentences) is ranked on the stored vectors: whatever it
            // returns carries the similarity an exact search gives that sentence.
            var exactAll = exact.Get<SentenceIndex>().Nearest(await Probe(exact, question), 1_000)
                .ToDictionary(h => (h.PassageId, h.Start), h => h.Similarity);
            foreach (var hit in found) Assert.Equal(exactAll[(hit.PassageId, hit.Start)], hit.Similarity, 4);
            Assert.Equal((expected[0].PassageId, expected[0].Start), (found[0].PassageId, found[0].Start));
            overlap += found.Count(h => expected.Any(e => (e.PassageId, e.Start) == (h.PassageId, h.Start)));
        }
        Assert.True(exact.Get<SentenceIndex>().Exact, "the built-in corpus is searched exactly by default");
        Assert.False(bySigns.Get<SentenceIndex>().Exact);
        Assert.True(overlap >= Questions.Length * count * 8 / 10, $"{overlap} of {Questions.Length * count} nearest sentences found by signs");
    }

    [Fact]
    public async Task Answers_are_the_same_when_the_index_is_searched_by_signs()
    {
        foreach (var question in Questions)
        {
            var a = await exact.Get<Retriever>().RetrieveAsync(question, default);
            var b = await bySigns.Get<Retriever>().RetrieveAsync(question, default);
            Assert.Equal(a.Quotes.Select(q => (q.Passage.PassageId, q.Start)), b.Quotes.Select(q => (q.Passage.PassageId, q.Start)));
        }
    }

    [Fact]
    public async Task A_corpus_that_grows_past_the_exact_size_switches_to_signs_and_still_finds_new_text()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Retrieval:ExactSearchSentences"] = "200" });
        var index = app.Get<SentenceIndex>();
        var probe = await Probe(app, "why were the ferries late?");
        Assert.True(index.Nearest(probe, 1)[0].Similarity < 0.4);
        Assert.True(index.Exact);

        var text = string.Join("\n\n", Enumerable.Range(1, 60).Select(i =>
            $"Ferry number {i} left the harbour on time. The harbour master said thick fog delayed ferry {i} by {i % 5 + 1} hours."));
        var added = app.Get<Ingestor>().AddText(text, "text", new SourceHints(Outlet: "Harbour Gazette"), "pasted", "test");
        var found = index.Nearest(probe, 3);
        Assert.False(index.Exact);
        Assert.All(found, h => Assert.Equal(added.SourceId, app.Get<PassageSearch>().ByIds([h.PassageId]).Single().SourceId));
        Assert.True(found[0].Similarity > 0.5, $"similarity {found[0].Similarity}");
    }
}
