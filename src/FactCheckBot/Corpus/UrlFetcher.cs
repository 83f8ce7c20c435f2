using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

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
            throw PrivateHost(url, literal);

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
            var body = Charset.Decode(bytes, response.Content.Headers.ContentType?.CharSet, html: mediaType is "text/html" or "application/xhtml+xml");
            return new Fetched(response.RequestMessage?.RequestUri ?? url, mediaType, body);
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new InputException($"{url} did not answer within {settings.FetchTimeoutSeconds} seconds.");
        }
        catch (BrokenCircuitException)
        {
            throw new InputException($"{url.Host} failed repeatedly; it is not tried again for {settings.FetchBreakSeconds} seconds (Sources:FetchBreakSeconds).");
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

    // The sources client's handler. No proxy: ConnectCallback would check the proxy's address
    // instead of the article's host. Redirects are followed, each new connection checked.
    public static SocketsHttpHandler CreateHandler(bool allowPrivateHosts) => new()
    {
        UseProxy = false,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectCallback = (context, token) => ConnectAsync(context, allowPrivateHosts, token),
    };

    // Used as SocketsHttpHandler.ConnectCallback: resolves, refuses private addresses, connects.
    public static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context, bool allowPrivateHosts, CancellationToken cancellationToken)
    {
        var addresses = await AllowedAddressesAsync(context.DnsEndPoint.Host, context.InitialRequestMessage.RequestUri!, allowPrivateHosts, cancellationToken);
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

    // The addresses a host may be reached at; all of them must be public (one private answer
    // among public ones is refused too: the connection could go to any of them).
    public static async Task<IPAddress[]> AllowedAddressesAsync(string host, Uri url, bool allowPrivateHosts, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!allowPrivateHosts && addresses.FirstOrDefault(IsPrivate) is { } refused)
            throw PrivateHost(url, refused);
        return addresses;
    }

    private static readonly IPNetwork[] PrivateV4 = Networks(
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/3");

    // 2001::/32 is Teredo, whose IPv4 end is hidden; 64:ff9b:1::/48 is NAT64 for local use.
    private static readonly IPNetwork[] PrivateV6 = Networks(
        "::/128", "::1/128", "100::/64", "2001::/32", "2001:db8::/32", "64:ff9b:1::/48", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    // IPv6 forms that carry an IPv4 address, judged by that address: IPv4-compatible (::a.b.c.d),
    // mapped (::ffff:a.b.c.d), translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:aabb:ccdd::).
    private static readonly (IPNetwork Network, int Offset)[] Embedding =
    [
        (IPNetwork.Parse("::/96"), 12), (IPNetwork.Parse("::ffff:0:0:0/96"), 12),
        (IPNetwork.Parse("64:ff9b::/96"), 12), (IPNetwork.Parse("2002::/16"), 2),
    ];

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4(); // IPNetwork.Contains never matches these
        if (address.AddressFamily == AddressFamily.InterNetwork) return PrivateV4.Any(n => n.Contains(address));
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return true;
        address = new IPAddress(address.GetAddressBytes()); // without a scope id
        foreach (var (network, offset) in Embedding)
            if (network.Contains(address))
                return IsPrivate(new IPAddress(address.GetAddressBytes().AsSpan(offset, 4)));
        return PrivateV6.Any(n => n.Contains(address));
    }

    private static IPNetwork[] Networks(params string[] ranges) => ranges.Select(r => IPNetwork.Parse(r)).ToArray();

    private static InputException PrivateHost(Uri url, IPAddress address) => new(
        $"Refusing to fetch {url}: it leads to {address}, a private or loopback address (set Sources:AllowPrivateHosts to allow this).");

    private static InputException TooLarge(Uri url, int maxBytes) => new(
        $"{url} is larger than the limit of {maxBytes:N0} bytes (Sources:MaxBytes).");
}
