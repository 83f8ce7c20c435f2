using FactCheckBot.Answering;
using FactCheckBot.Moderation;

namespace FactCheckBot.WebConsole.Answers;

// One correction for every answer that quoted the same passage. Each answer gets the correction;
// each person who asked hears about it once, however many of the answers were theirs.
public sealed class CorrectionFanOut(AnswerLog log, SharedQuotes quotes, ConsoleModeration moderation)
{
    public async Task<int> CorrectAsync(long answerId, long passageId, IReadOnlyCollection<long> chosen, long moderatorId, string text,
        CancellationToken cancellationToken)
    {
        var allowed = quotes.Citing([passageId]).Select(c => c.AnswerId).Append(answerId).ToHashSet();
        var ids = chosen.Distinct().Order().ToList();
        if (ids.Count == 0) throw new InputException("Tick at least one answer to correct.");
        if (ids.FirstOrDefault(id => !allowed.Contains(id)) is var stray and > 0)
            throw new InputException($"Answer #{stray} did not quote passage {passageId}; correct it on its own page.");
        var entries = ids.Select(id => log.Get(id) ?? throw new InputException($"There is no answer #{id} in the log.")).ToList();
        var told = new HashSet<(long? ChatId, long? UserId)>();
        foreach (var entry in entries)
            await moderation.CorrectAsync(entry.Id, moderatorId, text, notifyAsker: told.Add((entry.ChatId, entry.UserId)),
                cancellationToken);
        return entries.Count;
    }
}
