using FactCheckBot.Answering;
using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactCheckBot.Telegram;

// Feeding the bot from a chat: sources by URL, by uploading a document (.txt, .md, .html: articles of
// any length), by replying to a text or a document, or by sending the article after /addsource;
// removing sources (after a confirmation); name variants; moderator grants; blocking users.
public sealed class AdminCommands(
    Ingestor ingestor, SourceStore sources, AliasStore aliases, AnswerLog log, Roles roles, CommandMenus menus, AwaitedInput awaited,
    ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<AdminCommands> logger)
{
    public const string Prompt = "📄 Now send the article";

    public async Task<IReadOnlyList<Reply>> AddSourceAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var message = request.Message;
        var parts = Parts(request.Args);
        if (parts[0].StartsWith("http://", StringComparison.OrdinalIgnoreCase) || parts[0].StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            var added = await ingestor.AddUrlAsync(parts[0], new SourceHints(Outlet: Part(parts, 1)), AddedBy(request.From), cancellationToken);
            return [Reply.Text(request.ChatId, added.Describe(), request.MessageId)];
        }
        if (message.Document is not null || message.ReplyToMessage is { } replied && (replied.Document is not null || replied.Text is not null || replied.Caption is not null))
            return await AddContentAsync(message.Document is not null ? message : message.ReplyToMessage!, Hints(parts), request.From, cancellationToken);
        if (Part(parts, 0) is null) throw new CommandUsageException();
        var hints = Hints(parts);
        awaited.Expect(request.ChatId, request.From.Id, InputKind.Source, hints);
        return [Reply.Text(request.ChatId,
            $"{Prompt} from {hints.Outlet}: paste its text, or upload it as a .txt, .md or .html file (a file for anything longer than " +
            $"{TelegramHtml.MaxMessageChars:N0} characters). What you send next is added as the source, not taken as a question. Send /cancel to stop.",
            request.MessageId)];
    }

    // The article sent after /addsource, or in reply to an /addsource command.
    public Task<IReadOnlyList<Reply>> AddAwaitedAsync(Message message, SourceHints hints, CancellationToken cancellationToken)
    {
        if (roles.Of(message.From!.Id) < Role.Admin) throw new InputException("Only admins can add sources.");
        if (message.Document is null && message.Text is null && message.Caption is null)
            throw new InputException("Send the article as text or as a .txt, .md or .html file, or /cancel.");
        return AddContentAsync(message, hints, message.From, cancellationToken);
    }

    // "/addsource Outlet | Title | Date" -> its hints, for a message sent in reply to that command.
    public static SourceHints? HintsOf(Message? command) =>
        ChatCommand.Parse(command?.Text ?? command?.Caption) is { Name: "addsource" } parsed && Parts(parsed.Args) is var parts
            && Part(parts, 0) is { } outlet && !outlet.Contains("://", StringComparison.Ordinal)
            ? Hints(parts) : null;

    private async Task<IReadOnlyList<Reply>> AddContentAsync(Message content, SourceHints hints, User from, CancellationToken cancellationToken)
    {
        var result = content.Document is { } document
            ? await AddDocumentAsync(document, hints, AddedBy(from), cancellationToken)
            : ingestor.AddText(content.Text ?? content.Caption ?? "", "text", hints, $"telegram:{content.Chat.Id}:{content.MessageId}", AddedBy(from));
        return [Reply.Text(content.Chat.Id, result.Describe(), content.MessageId)];
    }

    private static string AddedBy(User from) => $"telegram:{from.Id}";

    private async Task<IngestResult> AddDocumentAsync(Document document, SourceHints hints, string addedBy, CancellationToken cancellationToken)
    {
        var name = document.FileName ?? "document.txt";
        var kind = Ingestor.KindOf(name);
        var max = options.Value.MaxDocumentBytes;
        if (document.FileSize > max) throw new InputException($"{name} is larger than the limit of {max:N0} bytes (Telegram:MaxDocumentBytes).");
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
            throw new InputException($"{name} is larger than the limit of {max:N0} bytes (Telegram:MaxDocumentBytes).");
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
        // An HTML page says its own charset (<meta charset>); other files are UTF-8 unless they start with a byte-order mark.
        return ingestor.AddText(Charset.Decode(bytes.ToArray(), null, html: kind == "html"), kind, hints, $"telegram:{name}", addedBy);
    }

    private static string[] Parts(string args) => args.Split('|').Select(p => p.Trim()).ToArray();

    private static SourceHints Hints(string[] parts) =>
        Part(parts, 0) is { } outlet
            ? new SourceHints(Outlet: outlet, Title: Part(parts, 1), Published: Part(parts, 2))
            : throw new CommandUsageException("Name the outlet.");

    private static string? Part(string[] parts, int i) => i < parts.Length && parts[i].Length > 0 ? parts[i] : null;

    // Shows what would go and asks to confirm with buttons; nothing is removed yet.
    public IReadOnlyList<Reply> RemoveSource(CommandRequest request)
    {
        var id = request.Id();
        var source = sources.Get(id) ?? throw new InputException($"There is no source #{id}. Send /sources to see their numbers.");
        var cited = log.TimesCited(id);
        var html = $"Remove source #{id}? Confirm with a button below.\n\n{Outlets.Name(source.Outlet, source.OriginalOutlet, TelegramHtml.Bold)}" +
                   (source.Published is null ? "" : $", {source.Published}") +
                   (source.Title is null ? "" : $"\n{TelegramHtml.Escape(TelegramHtml.Cut(source.Title, 300))}") +
                   $"\n{TelegramHtml.Count(source.Passages, "passage")}, cited in {TelegramHtml.Count(cited, "answer")} so far." +
                   "\n\nIts passages will no longer be quoted; the answer log keeps what was quoted.";
        return [Reply.Message(request.ChatId, html, request.MessageId, ButtonData.ConfirmRemoval(id))];
    }

    // The confirmation card's buttons: remove, or keep. The card says what was done.
    public IReadOnlyList<Reply> ConfirmRemoval(long chat, int? card, long sourceId, bool remove, long by)
    {
        string outcome;
        if (!remove) outcome = $"Kept source #{sourceId}.";
        else if (sources.Get(sourceId) is not { } source) outcome = $"Source #{sourceId} is already gone.";
        else
        {
            sources.Remove(sourceId);
            roles.Audit(by, chat, "removesource", allowed: true, $"#{sourceId} {source.Outlet}");
            outcome = $"🗑 Removed source #{sourceId} ({source.Outlet}) and its {source.Passages} passages.";
        }
        return [card is { } messageId ? Reply.Edit(chat, messageId, TelegramHtml.Escape(outcome)) : Reply.Text(chat, outcome)];
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

    public IReadOnlyList<Reply> Block(CommandRequest request)
    {
        var id = request.Id();
        return [Reply.Text(request.ChatId, roles.Block(id, request.From.Id)
            ? $"Blocked user {id}: I ignore their messages and buttons until /unblock {id}."
            : $"User {id} was already blocked.")];
    }

    public IReadOnlyList<Reply> Unblock(CommandRequest request)
    {
        var id = request.Id();
        return [Reply.Text(request.ChatId, roles.Unblock(id, request.From.Id) ? $"Unblocked user {id}." : $"User {id} was not blocked.")];
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
