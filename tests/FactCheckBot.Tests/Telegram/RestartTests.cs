using Dapper;
using FactCheckBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Tests.Telegram;

[Collection(EmulatorCollection.Name)]
public sealed class RestartTests(EmulatorFixture emulator) : IDisposable
{
    private readonly string folder = TempFolder.Create();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(folder);
    }

    [Fact]
    public async Task Killing_the_bot_mid_batch_and_starting_it_again_answers_every_question_once()
    {
        var token = $"7:restart-{Guid.NewGuid():N}";
        var database = Path.Combine(folder, "bot.db");
        // Per-chat pacing of 1 s keeps the batch in flight long enough to kill the bot in the middle of it.
        var settings = new Dictionary<string, string> { ["Telegram__PerChatIntervalMs"] = "1000" };
        using var client = new EmulatorClient(emulator.BaseUri, token);
        string[] questions =
        [
            "How many people were injured?", "Who is Ilya Bogdanov?", "What did Gladkov say?", "What did Dmitry Peskov say?",
            "Who is Andriy Chernyak?", "How many attackers were killed?", "What did Zelensky say?", "Were US-made Humvees used?",
        ];
        var chats = new[] { 3101L, 3102L };

        var first = BotProcess.Start(folder, database, emulator.BaseUri, token, settings);
        await first.WaitForOutputAsync("Connected to");
        for (var i = 0; i < questions.Length; i++)
            await client.SendAsync(chats[i % 2], EmulatorClient.Private(chats[i % 2]), questions[i]);
        await client.WaitForAsync(chats[0], 1);
        first.Kill();
        var beforeRestart = (await client.MessagesAsync(chats[0])).Count + (await client.MessagesAsync(chats[1])).Count;
        Assert.True(beforeRestart < questions.Length, "the bot finished before it was killed; nothing was tested");

        long Count(string sql)
        {
            using var connection = new SqliteConnection($"Data Source={database}");
            return connection.ExecuteScalar<long>(sql);
        }

        await using var second = BotProcess.Start(folder, database, emulator.BaseUri, token, settings);
        await client.WaitForAsync(chats[0], 4, timeoutSeconds: 60);
        await client.WaitForAsync(chats[1], 4, timeoutSeconds: 60);
        // Everything handled and every reply sent: nothing more can arrive, so the counts are final.
        Assert.Equal(0, await Eventually.ValueAsync(
            () => Count("SELECT (SELECT count(*) FROM updates WHERE status = 'pending') + (SELECT count(*) FROM outbox WHERE status <> 'sent');"),
            n => n == 0, timeoutSeconds: 30));

        var ids = await client.UserMessageIdsAsync();
        var answers = (await client.MessagesAsync(chats[0])).Concat(await client.MessagesAsync(chats[1])).ToList();
        Assert.Equal(questions.Length, answers.Count);
        foreach (var question in questions)
            Assert.Single(answers, a => a.ReplyTo == ids[question]);
        Assert.Equal(questions.Length, Count("SELECT count(*) FROM answers;"));
    }
}
