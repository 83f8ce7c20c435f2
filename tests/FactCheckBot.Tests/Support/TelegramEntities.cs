using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FactCheckBot.Tests.Support;

// The entities a Telegram app attaches to what a user types: a bot command at the start and
// @username mentions, with offsets and lengths in UTF-16 code units as the Bot API gives them.
public static partial class TelegramEntities
{
    public static JsonArray Of(string text)
    {
        var entities = new JsonArray();
        if (Command().Match(text) is { Success: true } command)
            entities.Add(Entity("bot_command", command.Index, command.Length));
        foreach (Match mention in Mention().Matches(text))
            if (mention.Index == 0 || text[mention.Index - 1] != '/' && !char.IsLetterOrDigit(text[mention.Index - 1]))
                entities.Add(Entity("mention", mention.Index, mention.Length));
        return entities;
    }

    private static JsonObject Entity(string type, int offset, int length) => new() { ["type"] = type, ["offset"] = offset, ["length"] = length };

    [GeneratedRegex(@"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?")]
    private static partial Regex Command();

    [GeneratedRegex(@"(?<![/\w])@[A-Za-z0-9_]{5,32}")]
    private static partial Regex Mention();
}
