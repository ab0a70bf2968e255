using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Portal.AppHost.Hosting;
using Portal.AppHost.Tests.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Portal.AppHost.Tests;

/// <summary>PostgreSQL, RabbitMQ and MailDev start, become healthy and are reachable with what the AppHost injects.</summary>
public sealed class InfrastructureTests
{
    [Fact]
    public async Task EveryResourceBecomesHealthyAndItsConnectionStringWorks()
    {
        await using var app = TestApps.Infrastructure();
        await app.StartAsync(TestApps.Timeout());

        foreach (var name in new[] { TestApps.Postgres, TestApps.Database, TestApps.EventBus, TestApps.MailDev })
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(name, TestApps.Timeout(10));
        }

        await using (var connection = new NpgsqlConnection(await app.GetConnectionStringAsync(TestApps.Database)))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_database()", connection);
            Assert.Equal(TestApps.Database, await command.ExecuteScalarAsync());
        }

        var broker = new ConnectionFactory { Uri = new Uri((await app.GetConnectionStringAsync(TestApps.EventBus))!) };
        await using (var connection = await broker.CreateConnectionAsync())
        {
            Assert.True(connection.IsOpen);
        }

        using var mailDev = app.CreateHttpClient(TestApps.MailDev);
        using var inbox = await mailDev.GetAsync(new Uri("/api/email", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, inbox.StatusCode);
    }

    [Fact]
    public async Task GuestCannotLogInToTheBroker()
    {
        await using var app = TestApps.Infrastructure();
        await app.StartAsync(TestApps.Timeout());

        var guest = new ConnectionFactory
        {
            HostName = "127.0.0.1",
            Port = app.GetEndpoint(TestApps.EventBus).Port,
            UserName = "guest",
            Password = "guest",
        };

        await Assert.ThrowsAsync<BrokerUnreachableException>(() => guest.CreateConnectionAsync());
    }

    [Fact]
    public async Task MailSentToTheSmtpConnectionStringArrivesInTheInbox()
    {
        await using var app = TestApps.Infrastructure();
        await app.StartAsync(TestApps.Timeout());
        var smtp = new Uri((await app.GetConnectionStringAsync(TestApps.MailDev))!);

        using (var client = new SmtpClient(smtp.Host, smtp.Port))
        {
            await client.SendMailAsync(new MailMessage("portal@example.test", "someone@example.test", "Hello", "Body"));
        }

        using var mailDev = app.CreateHttpClient(TestApps.MailDev);
        var inbox = await mailDev.GetStringAsync(new Uri("/api/email", UriKind.Relative));
        Assert.Contains("someone@example.test", inbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPortIsBoundToLoopbackOnly()
    {
        await using var app = TestApps.Infrastructure();
        await app.StartAsync(TestApps.Timeout());

        var pids = ProcessProbe.Descendants(Environment.ProcessId).Select(p => p.Pid);
        var sockets = ListeningSockets.Of(pids);

        var ports = sockets.Select(s => s.Port).ToHashSet();
        Assert.Contains(app.GetEndpoint(TestApps.Postgres).Port, ports);
        Assert.Contains(app.GetEndpoint(TestApps.EventBus).Port, ports);
        Assert.Contains(app.GetEndpoint(TestApps.MailDev, "http").Port, ports);
        Assert.Contains(app.GetEndpoint(TestApps.MailDev, "smtp").Port, ports);
        Assert.All(sockets, socket => Assert.True(IPAddress.IsLoopback(socket.Address), $"{socket} is not on loopback"));
    }

    [Fact]
    public async Task SnapshotsDescribeTheResources()
    {
        await using var app = TestApps.Infrastructure();
        await app.StartAsync(TestApps.Timeout());

        var resources = app.GetResources().ToDictionary(r => r.Name);

        Assert.Equal("Postgres", resources[TestApps.Postgres].Type);
        Assert.Equal("PostgresDatabase", resources[TestApps.Database].Type);
        Assert.Equal("RabbitMQ", resources[TestApps.EventBus].Type);
        Assert.Equal("MailDev", resources[TestApps.MailDev].Type);
        Assert.All(resources.Values, r => Assert.Equal(KnownResourceStates.Running, r.State));
        Assert.All(resources.Values, r => Assert.Equal(HealthStatus.Healthy, r.HealthStatus));
        Assert.All(resources.Values, r => Assert.NotNull(r.StartedAt));
        Assert.NotNull(resources[TestApps.Postgres].ProcessId);
        Assert.Null(resources[TestApps.Database].ProcessId);
        Assert.Equal([TestApps.Postgres], resources[TestApps.Database].DependsOn);
        Assert.Contains(resources[TestApps.MailDev].Urls, u => u.Name == "http" && u.Url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        Assert.Contains(resources[TestApps.Postgres].Logs.GetLines(), l => l.Content.Contains("ready to accept connections", StringComparison.Ordinal));
        Assert.Contains(resources[TestApps.EventBus].Logs.GetLines(), l => l.Content.Contains("Server startup complete", StringComparison.Ordinal));
    }
}
