using Dapper;
using FactCheckBot.Corpus;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Corpus;

public sealed class IngestorTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    private string Write(string name, string text)
    {
        var path = Path.Combine(app.Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private (long Sources, long Passages, long Indexed) Counts()
    {
        using var connection = app.Get<Database>().Open();
        return (connection.ExecuteScalar<long>("SELECT count(*) FROM sources;"),
            connection.ExecuteScalar<long>("SELECT count(*) FROM passages;"),
            connection.ExecuteScalar<long>("SELECT count(*) FROM passages_fts;"));
    }

    private const string Article = "The harbour master said two ferries were delayed by fog on Friday. Passengers waited for three hours.";

    [Fact]
    public void The_default_corpus_is_seeded_with_its_outlets_and_indexed()
    {
        var sources = app.Get<SourceStore>().List();
        Assert.Equal(["RFE/RL", "The Guardian", "Military Cognizance", "FISM News", "Uganda Online Media"], sources.Select(s => s.Outlet));
        Assert.Equal("BBC News", sources.Single(s => s.Outlet == "Uganda Online Media").OriginalOutlet);
        var (_, passages, indexed) = Counts();
        Assert.Equal(passages, indexed);
    }

    [Fact]
    public void Passage_offsets_point_into_the_stored_source_text()
    {
        using var connection = app.Get<Database>().Open();
        var rows = connection.Query<(string Source, long Start, long End, string Text)>("""
            SELECT s.text, p.start_offset, p.end_offset, p.text FROM passages p JOIN sources s ON s.id = p.source_id;
            """);
        Assert.All(rows, r => Assert.Equal(r.Text, r.Source[(int)r.Start..(int)r.End]));
    }

    [Fact]
    public void Adding_the_same_text_again_is_a_no_op_that_says_so()
    {
        var path = Write("ferry.txt", Article);
        var first = app.Get<Ingestor>().AddPath(path, new SourceHints(Outlet: "Harbour Gazette"), "test").Single();
        var before = Counts();
        var second = app.Get<Ingestor>().AddPath(path, new SourceHints(Outlet: "Another Name"), "test").Single();
        Assert.False(first.Duplicate);
        Assert.True(second.Duplicate);
        Assert.Equal(first.SourceId, second.SourceId);
        Assert.Contains("nothing added", second.Describe());
        Assert.Equal(before, Counts());
    }

    [Fact]
    public void A_text_file_without_an_outlet_is_refused_and_nothing_is_written()
    {
        var before = Counts();
        var error = Assert.Throws<InputException>(() => app.Get<Ingestor>().AddPath(Write("a.txt", Article), SourceHints.None, "test"));
        Assert.Contains("--outlet", error.Message);
        Assert.Equal(before, Counts());
    }

    [Theory]
    [InlineData("2023-13-45", "YYYY-MM-DD")]
    [InlineData("yesterday", "YYYY-MM-DD")]
    public void A_bad_date_is_refused(string date, string message)
    {
        var error = Assert.Throws<InputException>(() =>
            app.Get<Ingestor>().AddPath(Write("b.txt", Article), new SourceHints(Outlet: "X", Published: date), "test"));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_manifest_with_one_bad_entry_adds_nothing_at_all()
    {
        Write("batch/one.txt", Article);
        Write("batch/two.txt", "Short.");
        Write("batch/manifest.json", """
            {"sources": [
              {"file": "one.txt", "outlet": "Harbour Gazette", "published": "2024-01-02"},
              {"file": "two.txt", "outlet": "Harbour Gazette"}
            ]}
            """);
        var before = Counts();
        Assert.Throws<InputException>(() => app.Get<Ingestor>().AddPath(Path.Combine(app.Folder, "batch"), SourceHints.None, "test"));
        Assert.Equal(before, Counts());
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("../batch2-other/secret.txt")]
    [InlineData("/etc/hostname")]
    public void A_manifest_cannot_reach_outside_its_folder(string file)
    {
        Write("secret.txt", Article);
        Write("batch2-other/secret.txt", Article);
        Write("batch2/manifest.json", $$"""{"sources": [{"file": "{{file}}", "outlet": "X"}]}""");
        var before = Counts();
        Assert.Throws<InputException>(() => app.Get<Ingestor>().AddPath(Path.Combine(app.Folder, "batch2"), SourceHints.None, "test"));
        Assert.Equal(before, Counts());
    }

    [Fact]
    public void Ids_of_removed_sources_and_passages_are_never_handed_out_again()
    {
        var store = app.Get<SourceStore>();
        using var connection = app.Get<Database>().Open();
        app.Get<Ingestor>().AddPath(Write("ferry.txt", Article), new SourceHints(Outlet: "Harbour Gazette"), "test");
        var firstId = store.List().Max(s => s.Id);
        var lastPassage = connection.ExecuteScalar<long>("SELECT max(id) FROM passages;");
        Assert.True(store.Remove(firstId));
        app.Get<Ingestor>().AddPath(Write("other.txt", Article.Replace("ferries", "buses")), new SourceHints(Outlet: "City Paper"), "test");
        var second = store.List().Single(s => s.Outlet == "City Paper");
        Assert.True(second.Id > firstId, $"{second.Id} reused");
        Assert.True(connection.ExecuteScalar<long>("SELECT min(id) FROM passages WHERE source_id = @id;", new { id = second.Id }) > lastPassage);
    }

    [Fact]
    public void Unsupported_files_are_refused_by_extension() =>
        Assert.Contains(".pdf", Assert.Throws<InputException>(() =>
            app.Get<Ingestor>().AddPath(Write("x.pdf", Article), new SourceHints(Outlet: "X"), "test")).Message);

    [Fact]
    public void Html_files_take_outlet_title_and_date_from_their_meta_tags()
    {
        var path = Write("page.html", """
            <html><head><meta property="og:site_name" content="Harbour Gazette"><meta property="og:title" content="Fog delays ferries">
            <meta property="article:published_time" content="2024-02-03T10:00:00Z"></head>
            <body><article><p>The harbour master said two ferries were delayed by fog on Friday.</p><p>Passengers waited for three hours.</p></article></body></html>
            """);
        var result = app.Get<Ingestor>().AddPath(path, SourceHints.None, "test").Single();
        var row = app.Get<SourceStore>().Get(result.SourceId)!;
        Assert.Equal(("Harbour Gazette", "Fog delays ferries", "2024-02-03", "html"), (row.Outlet, row.Title, row.Published, row.Kind));
    }

    [Fact]
    public void Removing_a_source_removes_its_passages_from_the_index()
    {
        var result = app.Get<Ingestor>().AddText(Article, "text", new SourceHints(Outlet: "Harbour Gazette"), "pasted", "test");
        using (var connection = app.Get<Database>().Open())
            Assert.Equal(1, connection.ExecuteScalar<long>("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH '\"ferri\"';"));
        Assert.True(app.Get<SourceStore>().Remove(result.SourceId));
        using (var connection = app.Get<Database>().Open())
            Assert.Equal(0, connection.ExecuteScalar<long>("SELECT count(*) FROM passages_fts WHERE passages_fts MATCH '\"ferri\"';"));
        var (_, passages, indexed) = Counts();
        Assert.Equal(passages, indexed);
    }

    [Fact]
    public void Reindexing_rebuilds_the_same_index()
    {
        var before = Counts();
        Assert.Equal(before.Passages, app.Get<SourceStore>().Reindex());
        Assert.Equal(before, Counts());
    }
}
