using System.Text.Json;
using Dapper;
using FactCheckBot.Answering;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Answering;

// The model layer against a loopback OpenAI-compatible server, through the real OpenAI SDK.
public sealed class GroundedComposerTests : IAsyncLifetime
{
    private FakeOpenAi model = null!;
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        model = await FakeOpenAi.StartAsync();
        app = new TestApp(new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = model.Endpoint.ToString(), ["Llm:Model"] = "fake-chat", ["Llm:ApiKey"] = "test-key", ["Llm:TimeoutSeconds"] = "2",
        });
    }

    public async Task DisposeAsync()
    {
        app.Dispose();
        await model.DisposeAsync();
    }

    private Task<Answer> Ask(string question) => app.Get<AnswerService>().AskAsync(question, new Asker());

    // The model answers about evacuations from the two passages that give figures.
    private void Evacuations(Func<int, int, string> write) => model.OnChat = request => new FakeOpenAi.Text(write(
        FakeOpenAi.Find(request, "Hundreds of Belgorod residents").N, FakeOpenAi.Find(request, "evacuate thousands of people").N));

    private JsonElement Trace(Answer answer)
    {
        using var connection = app.Get<Database>().Open();
        var json = connection.ExecuteScalar<string>("SELECT llm_json FROM answers WHERE id = @LogId;", new { answer.LogId });
        return JsonDocument.Parse(json!).RootElement.Clone();
    }

    [Fact]
    public async Task A_grounded_answer_passes_with_its_citations()
    {
        Evacuations((guardian, cognizance) => $"The Guardian reports that \"Hundreds of Belgorod residents were evacuated\" [{guardian}]. " +
            $"Military Cognizance says local authorities had to “evacuate thousands of people” [{cognizance}].");
        var answer = await Ask("How many people were evacuated?");
        Assert.Equal((AnswerStatus.Answered, GroundedComposer.Name), (answer.Status, answer.Composer));
        Assert.Contains("The Guardian reports", answer.Text);
        Assert.Equal(["The Guardian", "Military Cognizance"], answer.Citations.Select(c => c.Outlet).OrderByDescending(o => o.StartsWith("The")));
        Assert.Contains(answer.Conflicts, c => c.About == "people evacuated");
        var request = model.ChatRequests.Single();
        Assert.Equal(0, request["temperature"]!.GetValue<double>());
        Assert.Equal("fake-chat", request["model"]!.GetValue<string>());
        var trace = Trace(answer);
        Assert.Equal(366, trace.GetProperty("total_tokens").GetInt64());
        Assert.Contains("[", trace.GetProperty("raw").GetString());
        Assert.Equal(JsonValueKind.Null, trace.GetProperty("fallback").ValueKind);
    }

    [Fact]
    public async Task A_sentence_citing_a_passage_that_was_not_given_is_dropped()
    {
        Evacuations((guardian, cognizance) => $"The Guardian says hundreds were evacuated [{guardian}]. Military Cognizance says thousands [{cognizance}]. " +
            "Ten thousand more fled to Moscow [42].");
        var answer = await Ask("How many people were evacuated?");
        Assert.Equal(GroundedComposer.Name, answer.Composer);
        Assert.DoesNotContain("Moscow", answer.Text);
        var dropped = Trace(answer).GetProperty("dropped").EnumerateArray().Single();
        Assert.Contains("[42]", dropped.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_misquote_or_a_wrong_outlet_is_cut_and_too_little_left_falls_back()
    {
        Evacuations((guardian, cognizance) => $"The Guardian says \"tens of thousands fled in panic\" [{guardian}]. " +
            $"The Guardian reports that authorities had to evacuate thousands of people [{cognizance}].");
        var answer = await Ask("How many people were evacuated?");
        Assert.Equal(ExtractiveComposer.Name, answer.Composer);
        var trace = Trace(answer);
        Assert.StartsWith("too little survived", trace.GetProperty("fallback").GetString());
        var reasons = trace.GetProperty("dropped").EnumerateArray().Select(d => d.GetProperty("reason").GetString()).ToList();
        Assert.Contains(reasons, r => r!.StartsWith("quotes \"tens of thousands"));
        Assert.Contains(reasons, r => r!.StartsWith("names The Guardian but cites Military Cognizance"));
    }

    [Theory]
    [InlineData("timeout", "timed out")]
    [InlineData("500", "model error")]
    [InlineData("malformed", "model error")]
    [InlineData("empty", "empty reply")]
    [InlineData("refusal", "the model refused")]
    public async Task A_failing_model_gives_the_extractive_answer_and_the_log_says_why(string fault, string reason)
    {
        model.OnChat = _ => fault switch
        {
            "timeout" => new FakeOpenAi.Hang(5000),
            "500" => new FakeOpenAi.Status(500, "{\"error\": {\"message\": \"boom\", \"type\": \"server_error\"}}"),
            "malformed" => new FakeOpenAi.RawBody("{\"choices\": [ {\"message\": "),
            "empty" => new FakeOpenAi.Text(""),
            _ => new FakeOpenAi.RawBody("""
                {"id":"x","object":"chat.completion","created":1,"model":"fake-chat","choices":[{"index":0,"finish_reason":"stop",
                 "message":{"role":"assistant","content":null,"refusal":"I can't help with that."}}]}
                """),
        };
        var answer = await Ask("How many people were evacuated?");
        Assert.Equal((AnswerStatus.Answered, ExtractiveComposer.Name), (answer.Status, answer.Composer));
        Assert.NotEmpty(answer.Citations);
        Assert.StartsWith(reason, Trace(answer).GetProperty("fallback").GetString());
    }

    [Fact]
    public async Task A_claim_with_no_evidence_is_not_enough_evidence_without_asking_the_model()
    {
        var answer = await Ask("Is it true that Zelensky visited Belgorod during the raid?");
        Assert.Equal("Not enough evidence", answer.Verdict);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(model.ChatRequests);
    }

    [Fact]
    public async Task A_supported_claim_gets_its_verdict_and_justification()
    {
        model.OnChat = request =>
        {
            var p = FakeOpenAi.Find(request, "12 people injured");
            return new FakeOpenAi.Text("```json\n{\"verdict\": \"Supported\", \"justification\": \"Military Cognizance writes that " +
                $"\\\"The attack left 12 people injured\\\" [{p.N}].\"}}\n```");
        };
        var answer = await Ask("Is it true that the attack left 12 people injured?");
        Assert.Equal("Supported", answer.Verdict);
        Assert.Contains("12 people injured", answer.Justification);
        Assert.StartsWith("Verdict: Supported.", answer.Text);
        Assert.Equal("Military Cognizance", Assert.Single(answer.Citations).Outlet);
        Assert.Contains("Verdict: Supported", string.Join("", TelegramHtml.Answer(answer)));
        using var json = JsonDocument.Parse(AnswerJson.Serialize(answer));
        Assert.Equal("Supported", json.RootElement.GetProperty("verdict").GetString());
        Assert.Contains("claim", model.ChatRequests.Single()["messages"]![0]!["content"]!.ToJsonString());
    }

    [Fact]
    public async Task A_verdict_whose_justification_fails_the_checks_becomes_not_enough_evidence()
    {
        model.OnChat = _ => new FakeOpenAi.Text("{\"verdict\": \"Supported\", \"justification\": \"Everyone agrees that 500 people died [77].\"}");
        var answer = await Ask("Is it true that 500 people died in the raid?");
        Assert.Equal("Not enough evidence", answer.Verdict);
        Assert.Contains("had no justification", Trace(answer).GetProperty("fallback").GetString());
    }

    [Fact]
    public async Task A_reply_that_is_not_the_json_verdict_falls_back()
    {
        model.OnChat = _ => new FakeOpenAi.Text("Yes, I think so.");
        var answer = await Ask("Did Ukraine deny involvement in the raid?");
        Assert.Equal(ExtractiveComposer.Name, answer.Composer);
        Assert.Null(answer.Verdict);
        Assert.Contains("not the JSON verdict", Trace(answer).GetProperty("fallback").GetString());
    }

    [Fact]
    public async Task A_model_that_finds_nothing_leaves_the_extractive_answer()
    {
        model.OnChat = _ => new FakeOpenAi.Text("NOT COVERED");
        var answer = await Ask("Who is Ilya Bogdanov?");
        Assert.Equal(ExtractiveComposer.Name, answer.Composer);
        Assert.Contains("Military Cognizance", answer.Citations.Select(c => c.Outlet));
    }
}
