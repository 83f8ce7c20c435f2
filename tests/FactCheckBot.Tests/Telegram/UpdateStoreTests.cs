using Dapper;
using FactCheckBot.Storage;
using FactCheckBot.Telegram;
using FactCheckBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Tests.Telegram;

public sealed class UpdateStoreTests
{
    [Fact]
    public void A_reply_comes_back_from_the_outbox_as_it_was_queued()
    {
        using var app = new TestApp(seed: false);
        var store = app.Get<UpdateStore>();
        var answer = Reply.Message(-300, "<b>[1] Outlet</b>", replyTo: 41, keyboard: ButtonData.Feedback(12));
        var edit = Reply.Edit(-300, 77, "done");
        store.Complete(1, [answer, edit]);

        var queued = store.PendingReplies(-300).Select(q => q.Reply).ToList();
        Assert.Equal([answer.Html, edit.Html], queued.Select(r => r.Html));
        Assert.Equal((ReplyKind.Message, 41, (int?)null), (queued[0].Kind, queued[0].ReplyTo, queued[0].EditMessageId));
        Assert.Equal((ReplyKind.Edit, 77), (queued[1].Kind, queued[1].EditMessageId));
        Assert.Equal(new ButtonData(ButtonAction.Helpful, 12), ButtonData.Parse(queued[0].Keyboard!.InlineKeyboard.First().First().CallbackData));

        store.Migrate(-300, -1_000_000_000_300);
        Assert.Empty(store.PendingReplies(-300));
        Assert.All(store.PendingReplies(-1_000_000_000_300), q => Assert.Equal(-1_000_000_000_300, q.Reply.ChatId));
    }

    [Fact]
    public void Replies_queued_before_the_upgrade_to_typed_replies_are_still_sent()
    {
        var folder = TempFolder.Create();
        try
        {
            var path = Path.Combine(folder, "old.db");
            var typedReplies = Migrations.All().Single(m => m.Name.EndsWith("_outbox_replies", StringComparison.Ordinal));
            using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                connection.Open();
                foreach (var migration in Migrations.All().Where(m => m.Version < typedReplies.Version)) connection.Execute(migration.Sql);
                connection.Execute($"PRAGMA user_version = {typedReplies.Version - 1};");
                connection.Execute("""
                    INSERT INTO outbox (chat_id, method, payload, created_at) VALUES
                    (5, 'sendMessage', '{"chat_id":5,"text":"<b>hi</b>","parse_mode":"HTML","reply_markup":{"inline_keyboard":[[{"text":"👍","callback_data":"fb:up:3"}]]},"reply_parameters":{"message_id":9,"allow_sending_without_reply":true},"link_preview_options":{"is_disabled":true}}', '2026-01-01T00:00:00.000Z'),
                    (5, 'editMessageText', '{"chat_id":5,"message_id":44,"text":"card","parse_mode":"HTML","link_preview_options":{"is_disabled":true}}', '2026-01-01T00:00:00.000Z');
                    """);
            }

            using var app = new TestApp(seed: false, databasePath: path);
            var replies = app.Get<UpdateStore>().PendingReplies(5).Select(q => q.Reply).ToList();
            Assert.Equal(2, replies.Count);
            Assert.Equal((ReplyKind.Message, 5L, "<b>hi</b>", (int?)9), (replies[0].Kind, replies[0].ChatId, replies[0].Html, replies[0].ReplyTo));
            Assert.Equal("fb:up:3", replies[0].Keyboard!.InlineKeyboard.Single().Single().CallbackData);
            Assert.Equal((ReplyKind.Edit, 5L, "card", (int?)44), (replies[1].Kind, replies[1].ChatId, replies[1].Html, replies[1].EditMessageId));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }
}
