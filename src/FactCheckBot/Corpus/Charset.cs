using System.Text;
using AngleSharp.Html.Parser;

namespace FactCheckBot.Corpus;

// Bytes of a downloaded or uploaded source to text: the charset the server declared, else what an
// HTML page declares itself (byte-order mark, <meta charset>, <meta http-equiv>; AngleSharp's
// sniffing), else a byte-order mark, else UTF-8.
public static class Charset
{
    // windows-1251, koi8-r, shift_jis … are in .NET but not registered by default.
    static Charset() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Browsers look for <meta charset> near the start; this is generous.
    private const int SniffBytes = 64 * 1024;

    public static string Decode(byte[] bytes, string? declared, bool html)
    {
        var encoding = Named(declared) ?? (html ? Named(Sniff(bytes)) : null) ?? Encoding.UTF8;
        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string Sniff(byte[] bytes) =>
        new HtmlParser().ParseDocument(new MemoryStream(bytes, 0, Math.Min(bytes.Length, SniffBytes))).CharacterSet;

    private static Encoding? Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
