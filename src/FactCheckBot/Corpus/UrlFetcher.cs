using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace FactCheckBot.Corpus;

// Fetches an article over http(s) with a size cap and a deadline. Every connection,
// redirects included, is checked against private and loopback addresses.
public sealed class UrlFetcher(IHttpClientFactory clients, IOptions<SourcesOptions> options)
{
    public sealed record Fetched(Uri Url, string MediaType, string Body);

    public const string ClientName = "sources";

    public async Task<Fetched> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        if (url.Scheme is not ("http" or "https"))
            throw new InputException($"Only http and https addresses can be fetched, not {url.Scheme}:.");
        var settings = options.Value;
        if (!settings.AllowPrivateHosts && IPAddress.TryParse(url.DnsSafeHost, out var literal) && IsPrivate(literal))
            throw PrivateHost(url);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.FetchTimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.1");
            using var http = clients.CreateClient(ClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
                throw new InputException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "text/html";
            if (mediaType is not ("text/html" or "application/xhtml+xml" or "text/plain" or "text/markdown" or "text/x-markdown"))
                throw new InputException($"{url} is {mediaType}; only HTML, plain text and Markdown can be added.");
            if (response.Content.Headers.ContentLength > settings.MaxBytes)
                throw TooLarge(url, settings.MaxBytes);
            var bytes = await ReadCapped(response.Content, settings.MaxBytes, url, timeout.Token);
            var body = Decode(bytes, response.Content.Headers.ContentType);
            return new Fetched(response.RequestMessage?.RequestUri ?? url, mediaType, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InputException($"{url} did not answer within {settings.FetchTimeoutSeconds} seconds.");
        }
        catch (HttpRequestException ex) when (ex.InnerException is InputException refused)
        {
            throw refused;
        }
        catch (HttpRequestException ex)
        {
            throw new InputException($"Could not fetch {url}: {ex.Message}");
        }
    }

    private static async Task<byte[]> ReadCapped(HttpContent content, int maxBytes, Uri url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw TooLarge(url, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Decode(byte[] bytes, MediaTypeHeaderValue? contentType)
    {
        var encoding = Encoding.UTF8;
        if (contentType?.CharSet is { Length: > 0 } charset)
        {
            try { encoding = Encoding.GetEncoding(charset.Trim('"')); }
            catch (ArgumentException) { }
        }
        return encoding.GetString(bytes);
    }

    // Used as SocketsHttpHandler.ConnectCallback: resolves, refuses private addresses, connects.
    public static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context, bool allowPrivateHosts, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!allowPrivateHosts && addresses.Any(IsPrivate))
            throw PrivateHost(context.InitialRequestMessage.RequestUri!);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
                || address.Equals(IPAddress.IPv6Any);
        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 or 127 || b[0] >= 224
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    private static InputException PrivateHost(Uri url) => new(
        $"Refusing to fetch {url}: it points to a private or loopback address (set Sources:AllowPrivateHosts to allow this).");

    private static InputException TooLarge(Uri url, int maxBytes) => new(
        $"{url} is larger than the limit of {maxBytes:N0} bytes (Sources:MaxBytes).");
}
