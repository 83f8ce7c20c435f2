using FactCheckBot.Text;

namespace FactCheckBot.Corpus;

// Cuts cleaned source text into passages: whole sentences, never across a paragraph,
// about TargetChars long. Offsets point into the source text.
public static class Passages
{
    public sealed record Draft(int Ordinal, int Start, int End, string Text, string Terms);

    public const int TargetChars = 500;

    public static List<Draft> Split(string text)
    {
        var drafts = new List<Draft>();
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0) paragraphEnd = text.Length;
            AddParagraph(text, paragraphStart, paragraphEnd, drafts);
            paragraphStart = paragraphEnd + 2;
        }
        return drafts;
    }

    private static void AddParagraph(string text, int start, int end, List<Draft> drafts)
    {
        var sentences = Sentences.Split(text, start, end);
        var i = 0;
        while (i < sentences.Count)
        {
            var first = sentences[i];
            var last = first;
            i++;
            while (i < sentences.Count && sentences[i].End - first.Start <= TargetChars)
                last = sentences[i++];
            var passageText = text[first.Start..last.End];
            drafts.Add(new Draft(drafts.Count, first.Start, last.End, passageText, Terms.ToIndexText(passageText)));
        }
    }
}
