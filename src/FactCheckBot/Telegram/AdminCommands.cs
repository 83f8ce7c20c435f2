using System.Text;
using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Telegram;

// Feeding the bot from a chat: sources by URL, by replying to a text or by uploading a
// document; removing sources; name variants; moderator grants.
public sealed class AdminCommands(
    Ingestor ingestor, SourceStore sources, AliasStore aliases, Roles roles, IBotApi api, IOptions<TelegramOptions> options)
{
    private const string Usage = "Use /addsource URL [| Outlet], or reply to a text (or attach a .txt, .md or .html file) with /addsource Outlet | Title | YYYY-MM-DD.";

    public async Task<IReadOnlyList<Reply>> AddSourceAsync(Message message, long admin, ChatCommand command, CancellationToken cancellationToken)
    {
        var chat = message.Chat.Id;
        var parts = command.Args.Split('|').Select(p => p.Trim()).ToArray();
        var addedBy = $"telegram:{admin}";
        IngestResult result;
        if (parts[0].StartsWith("http://", StringComparison.OrdinalIgnoreCase) || parts[0].StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            result = await ingestor.AddUrlAsync(parts[0], new SourceHints(Outlet: Part(parts, 1)), addedBy, cancellationToken);
        }
        else if (message.Document is { } document)
        {
            result = await AddDocumentAsync(document, Hints(parts), addedBy, cancellationToken);
        }
        else if ((message.ReplyToMessage?.Text ?? message.ReplyToMessage?.Caption) is { } text)
        {
            result = ingestor.AddText(text, "text", Hints(parts), $"telegram:{chat}:{message.ReplyToMessage!.MessageId}", addedBy);
        }
        else
        {
            throw new InputException(Usage);
        }
        return [Replies.Text(chat, result.Describe(), message.MessageId)];
    }

    private async Task<IngestResult> AddDocumentAsync(Document document, SourceHints hints, string addedBy, CancellationToken cancellationToken)
    {
        var name = document.FileName ?? "document.txt";
        var kind = Ingestor.KindOf(name);
        var max = options.Value.MaxDocumentBytes;
        if (document.FileSize > max) throw new InputException($"{name} is larger than the limit of {max:N0} bytes.");
        byte[] bytes;
        try
        {
            var file = await api.GetFileAsync(document.FileId, cancellationToken);
            if (file.FilePath is null) throw new InputException($"Telegram did not give a download path for {name}.");
            bytes = await api.DownloadFileAsync(file.FilePath, max, cancellationToken);
        }
        catch (BotApiException ex)
        {
            throw new InputException(ex.ErrorCode == 413 ? $"{name} is larger than the limit of {max:N0} bytes." : $"Could not download {name}: {ex.Description}");
        }
        return ingestor.AddText(new UTF8Encoding(false).GetString(bytes), kind, hints, $"telegram:{name}", addedBy);
    }

    private static SourceHints Hints(string[] parts)
    {
        if (Part(parts, 0) is null) throw new InputException("Name the outlet: " + Usage);
        return new SourceHints(Outlet: Part(parts, 0), Title: Part(parts, 1), Published: Part(parts, 2));
    }

    private static string? Part(string[] parts, int i) => i < parts.Length && parts[i].Length > 0 ? parts[i] : null;

    public IReadOnlyList<Reply> RemoveSource(long chat, ChatCommand command)
    {
        var id = command.IdAndRest()?.Id ?? throw new InputException("Use /removesource ID (the number shown by /sources).");
        var source = sources.Get(id) ?? throw new InputException($"There is no source #{id}.");
        sources.Remove(id);
        return [Replies.Text(chat, $"Removed source #{id} ({source.Outlet}) and its {source.Passages} passages.")];
    }

    public IReadOnlyList<Reply> Alias(long chat, long admin, ChatCommand command)
    {
        var equals = command.Args.IndexOf('=');
        if (equals <= 0) throw new InputException("Use /alias NAME = VARIANT, for example /alias Kyiv = Kiev.");
        var name = command.Args[..equals].Trim();
        var variants = command.Args[(equals + 1)..].Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        var added = aliases.Add(name, variants, $"telegram:{admin}");
        return [Replies.Text(chat, added == 0 ? "Already known; nothing changed." : $"Added {added} variant(s) of {name}.")];
    }

    public IReadOnlyList<Reply> Grant(long chat, long admin, ChatCommand command)
    {
        var (id, role) = command.IdAndRest() ?? throw new InputException("Use /grant USER_ID moderator (a numeric Telegram user id).");
        roles.Grant(id, role.ToLowerInvariant(), admin);
        return [Replies.Text(chat, $"User {id} is now a moderator.")];
    }

    public IReadOnlyList<Reply> Revoke(long chat, ChatCommand command)
    {
        var id = command.IdAndRest()?.Id ?? throw new InputException("Use /revoke USER_ID.");
        return [Replies.Text(chat, roles.Revoke(id) ? $"User {id} is no longer a moderator." : $"User {id} had no granted role.")];
    }
}
