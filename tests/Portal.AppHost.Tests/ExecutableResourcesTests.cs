using System.Net.Http.Json;
using System.Net.Mail;
using System.Text;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Portal.AppHost.Tests.Infrastructure;
using Portal.Contracts;
using Portal.Testing;
using RabbitMQ.Client;

namespace Portal.AppHost.Tests;

/// <summary>PostgreSQL, RabbitMQ and MailDev as our executables: healthy, and usable with what Aspire hands a service.</summary>
public sealed class ExecutableResourcesTests(InfrastructureApp infrastructure) : IClassFixture<InfrastructureApp>
{
    private DistributedApplication App => infrastructure.App;

    [Theory]
    [InlineData(ResourceNames.Postgres)]
    [InlineData(InfrastructureResources.Database)]
    [InlineData(ResourceNames.EventBus)]
    [InlineData(ResourceNames.MailDev)]
    public void TheResourceIsRunningAndHealthy(string resource)
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState(resource, out var current), $"{resource} is unknown");

        Assert.Equal(KnownResourceStates.Running, current.Snapshot.State?.Text);
        Assert.Equal(HealthStatus.Healthy, current.Snapshot.HealthStatus);
    }

    [Fact]
    public void TheClusterWasCreatedByTheOneShotInitStepWhichFinishedWell()
    {
        Assert.True(App.ResourceNotifications.TryGetCurrentState($"{ResourceNames.Postgres}-init", out var init));

        Assert.Equal(KnownResourceStates.Finished, init.Snapshot.State?.Text);
        Assert.Equal(0, init.Snapshot.ExitCode);
    }

    [Fact]
    public async Task TheDatabaseConnectionStringOpensTheDatabaseAndATableCanBeWritten()
    {
        await using var connection = new NpgsqlConnection(await App.GetConnectionStringAsync(InfrastructureResources.Database));
        await connection.OpenAsync();

        await using (var create = new NpgsqlCommand("CREATE TABLE greetings (text text NOT NULL); INSERT INTO greetings VALUES ('hello')", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var read = new NpgsqlCommand("SELECT current_database() || ':' || (SELECT string_agg(text, ',') FROM greetings)", connection);
        Assert.Equal($"{InfrastructureResources.Database}:hello", await read.ExecuteScalarAsync());
    }

    [Fact]
    public async Task TheBrokerAcceptsTheGeneratedCredentialsAndAMessageRoundTrips()
    {
        var connectionString = await App.GetConnectionStringAsync(ResourceNames.EventBus);
        await using var connection = await new ConnectionFactory { Uri = new Uri(connectionString!) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = await channel.QueueDeclareAsync(exclusive: true);

        await channel.BasicPublishAsync("", queue.QueueName, Encoding.UTF8.GetBytes("round trip"));

        var received = await Eventually.ReturnsAsync(() => channel.BasicGetAsync(queue.QueueName, autoAck: true), r => r is not null, because: "the message");
        Assert.Equal("round trip", Encoding.UTF8.GetString(received!.Body.Span));
        Assert.StartsWith($"amqp://portal:", connectionString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MailDevShowsAMailSentToItsSmtpAddressAtItsApi()
    {
        var smtp = new Uri((await App.GetConnectionStringAsync(ResourceNames.MailDev))!);
        var subject = $"Test {Guid.NewGuid():N}";
        using (var client = new SmtpClient(smtp.Host, smtp.Port))
        {
            await client.SendMailAsync(new MailMessage("portal@portal.localhost", "someone@portal.localhost", subject, "Hello"));
        }

        using var http = App.CreateHttpClient(ResourceNames.MailDev, "http");
        var inbox = await Eventually.ReturnsAsync(
            async () => await http.GetFromJsonAsync<JsonElement[]>("/api/email") ?? [],
            mails => mails.Any(m => m.GetProperty("subject").GetString() == subject),
            because: $"'{subject}' in MailDev's inbox");
        Assert.Contains(inbox, m => m.GetProperty("subject").GetString() == subject);
    }
}
