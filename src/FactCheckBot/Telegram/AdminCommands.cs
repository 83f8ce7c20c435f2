using System.Text;
using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactCheckBot.Telegram;

// Feeding the bot from a chat: sources by URL, by replying to a text or by uploading a
// document; removing sources; name variants; moderator grants.
public sealed class AdminCommands(
    Ingestor ingestor, SourceStore sources, AliasStore aliases, Roles roles, CommandMenus menus,
    ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<AdminCommands> logger)
{
    public async Task<IReadOnlyList<Reply>> AddSourceAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var message = request.Message;
        var parts = request.Args.Split('|').Select(p => p.Trim()).ToArray();
        var addedBy = $"telegram:{request.From.Id}";
        IngestResult result;
        if (parts[0].StartsWith("http://", StringComparison.OrdinalIgnoreCase) || parts[0].StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            result = await ingestor.AddUrlAsync(parts[0], new SourceHints(Outlet: Part(parts, 1)), addedBy, cancellationToken);
        else if (message.Document is { } document)
            result = await AddDocumentAsync(document, Hints(parts), addedBy, cancellationToken);
        else if ((message.ReplyToMessage?.Text ?? message.ReplyToMessage?.Caption) is { } text)
            result = ingestor.AddText(text, "text", Hints(parts), $"telegram:{request.ChatId}:{message.ReplyToMessage!.MessageId}", addedBy);
        else
            throw new CommandUsageException();
        return [Reply.Text(request.ChatId, result.Describe(), request.MessageId)];
    }

    private async Task<IngestResult> AddDocumentAsync(Document document, SourceHints hints, string addedBy, CancellationToken cancellationToken)
    {
        var name = document.FileName ?? "document.txt";
        var kind = Ingestor.KindOf(name);
        var max = options.Value.MaxDocumentBytes;
        if (document.FileSize > max) throw new InputException($"{name} is larger than the limit of {max:N0} bytes.");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds));
        using var bytes = new CappedStream(max);
        try
        {
            var file = await bot.GetFile(document.FileId, deadline.Token);
            if (file.FilePath is null) throw new InputException($"Telegram did not give a download path for {name}.");
            await bot.DownloadFile(file.FilePath, bytes, deadline.Token);
        }
        catch (RequestException ex) when (ex.InnerException is CappedStream.FullException)
        {
            throw new InputException($"{name} is larger than the limit of {max:N0} bytes.");
        }
        catch (RequestException ex)
        {
            logger.LogWarning("Downloading document {Name} failed: {Error}", name, BotClient.Redact(ex.Message, options.Value.BotToken));
            throw new InputException($"Could not download {name} from Telegram. Try again, or reply to a text message with /addsource instead.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException($"Could not download {name}: Telegram did not send it in time.");
        }
        return ingestor.AddText(new UTF8Encoding(false).GetString(bytes.ToArray()), kind, hints, $"telegram:{name}", addedBy);
    }

    private static SourceHints Hints(string[] parts) =>
        Part(parts, 0) is { } outlet
            ? new SourceHints(Outlet: outlet, Title: Part(parts, 1), Published: Part(parts, 2))
            : throw new CommandUsageException("Name the outlet.");

    private static string? Part(string[] parts, int i) => i < parts.Length && parts[i].Length > 0 ? parts[i] : null;

    public IReadOnlyList<Reply> RemoveSource(CommandRequest request)
    {
        var id = request.Id();
        var source = sources.Get(id) ?? throw new InputException($"There is no source #{id}.");
        sources.Remove(id);
        return [Reply.Text(request.ChatId, $"Removed source #{id} ({source.Outlet}) and its {source.Passages} passages.")];
    }

    public IReadOnlyList<Reply> Alias(CommandRequest request)
    {
        var equals = request.Args.IndexOf('=');
        if (equals <= 0) throw new CommandUsageException();
        var name = request.Args[..equals].Trim();
        var variants = request.Args[(equals + 1)..].Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        if (variants.Count == 0) throw new CommandUsageException();
        var added = aliases.Add(name, variants, $"telegram:{request.From.Id}");
        return [Reply.Text(request.ChatId, added == 0 ? "Already known; nothing changed." : $"Added {added} variant(s) of {name}.")];
    }

    public async Task<IReadOnlyList<Reply>> GrantAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var (id, role) = request.IdAndText();
        roles.Grant(id, role.ToLowerInvariant(), request.From.Id);
        await menus.ShowForAsync(id, roles.Of(id), cancellationToken);
        return [Reply.Text(request.ChatId, $"User {id} is now a moderator.")];
    }

    public async Task<IReadOnlyList<Reply>> RevokeAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var id = request.Id();
        var revoked = roles.Revoke(id);
        if (revoked) await menus.ShowForAsync(id, roles.Of(id), cancellationToken);
        return [Reply.Text(request.ChatId, revoked ? $"User {id} is no longer a moderator." : $"User {id} had no granted role.")];
    }

    // Holds a download in memory and refuses to grow past the limit, whatever the server claimed the size was.
    private sealed class CappedStream(long max) : MemoryStream
    {
        public sealed class FullException() : IOException("the file is larger than the limit");

        public override void Write(byte[] buffer, int offset, int count)
        {
            MakeRoom(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            MakeRoom(buffer.Length);
            base.Write(buffer);
        }

        public override void WriteByte(byte value)
        {
            MakeRoom(1);
            base.WriteByte(value);
        }

        private void MakeRoom(int count)
        {
            if (Length + count > max) throw new FullException();
        }
    }
}
