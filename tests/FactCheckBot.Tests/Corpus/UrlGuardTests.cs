using System.Net;
using System.Net.Sockets;
using FactCheckBot.Corpus;
using FactCheckBot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace FactCheckBot.Tests.Corpus;

// The private-address guard of URL sources: every address form that reaches the host's own
// network is refused, directly and behind a redirect.
public sealed class UrlGuardTests
{
    public static TheoryData<string> Private =>
    [
        "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "100.64.0.1", "100.127.255.254", "198.18.0.1", "198.19.255.254", "224.0.0.1", "255.255.255.255",
        "::1", "::", "::127.0.0.1", "::10.0.0.1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:0:127.0.0.1",
        "64:ff9b::127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b::100.64.0.1", "64:ff9b:1::8.8.8.8",
        "2002:7f00:1::", "2002:a00:1::1", "2002:c0a8:101::", "2002:6440:1::", "2002:c612:1::",
        "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    ];

    public static TheoryData<string> Public =>
    [
        "8.8.8.8", "93.184.216.34", "100.63.255.255", "100.128.0.1", "172.32.0.1", "198.17.255.255", "198.20.0.1",
        "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2002:808:808::",
    ];

    [Theory]
    [MemberData(nameof(Private))]
    public void Private_loopback_and_embedded_private_addresses_are_refused(string address) =>
        Assert.True(UrlFetcher.IsPrivate(IPAddress.Parse(address)), address);

    [Theory]
    [MemberData(nameof(Public))]
    public void Public_addresses_are_allowed(string address) =>
        Assert.False(UrlFetcher.IsPrivate(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("http://[::127.0.0.1]:8080/")]
    [InlineData("http://[::ffff:127.0.0.1]/")]
    [InlineData("http://[64:ff9b::7f00:1]/")]
    [InlineData("http://[2002:7f00:1::]/")]
    [InlineData("http://198.18.0.1/")]
    [InlineData("http://100.64.0.1/")]
    public async Task A_literal_private_address_is_refused_before_connecting(string url)
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Sources:AllowPrivateHosts"] = "false" });
        var error = await Assert.ThrowsAsync<InputException>(() => app.Get<UrlFetcher>().FetchAsync(new Uri(url), default));
        Assert.Contains("private or loopback", error.Message);
    }

    // The first hop is a loopback test server, let through; every later connection meets the guard
    // and, should the guard let it pass, is still not made: nothing leaves this machine.
    [Theory]
    [InlineData("http://[::127.0.0.1]:{port}/")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/")]
    [InlineData("http://[::ffff:7f00:1]:{port}/")]
    [InlineData("http://[64:ff9b::7f00:1]:{port}/")]
    [InlineData("http://[2002:7f00:1::]:{port}/")]
    [InlineData("http://198.18.0.1:{port}/")]
    [InlineData("http://100.64.0.1:{port}/")]
    [InlineData("http://localhost:{port}/")]
    public async Task A_redirect_to_a_private_address_is_refused(string target)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = target.Replace("{port}", context.Request.Host.Port.ToString());
            return Task.CompletedTask;
        });
        using var handler = UrlFetcher.CreateHandler(allowPrivateHosts: false);
        handler.ConnectCallback = (context, token) => context.DnsEndPoint.Host == "127.0.0.1" ? Plain(context, token) : GuardOnly(context, token);
        using var client = new HttpClient(handler);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(server.BaseUri));
        Assert.Contains("private or loopback", Assert.IsType<InputException>(error.InnerException).Message);
    }

    private static async ValueTask<Stream> GuardOnly(SocketsHttpConnectionContext context, CancellationToken token)
    {
        await UrlFetcher.AllowedAddressesAsync(context.DnsEndPoint.Host, context.InitialRequestMessage.RequestUri!, allowPrivateHosts: false, token);
        throw new InvalidOperationException($"the guard let {context.DnsEndPoint.Host} through");
    }

    private static async ValueTask<Stream> Plain(SocketsHttpConnectionContext context, CancellationToken token)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(context.DnsEndPoint, token);
        return new NetworkStream(socket, ownsSocket: true);
    }
}
