using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Portal.Contracts;

namespace Portal.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ from <c>ConnectionStrings:eventbus</c>. Queues are named
    /// <c>&lt;service&gt;-&lt;consumer&gt;</c>, so every service gets its own copy of each event. Failed
    /// messages are retried with back-off, then moved to the queue's <c>_error</c> queue.
    /// </summary>
    public static TBuilder AddEventBus<TBuilder>(this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ResourceNames.EventBus)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ResourceNames.EventBus} is not configured. Start the service through Portal.AppHost, " +
                $"or set ConnectionStrings__{ResourceNames.EventBus}=amqp://user:password@host:port.");
        var broker = new Uri(connectionString);

        builder.Services.AddMassTransit(bus =>
        {
            // The broker is a readiness dependency: /health answers 503 while it is unreachable.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = ResourceNames.EventBus + "-endpoints";
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
            });
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, (ushort)broker.Port, VirtualHost(broker), host =>
                {
                    var credentials = broker.UserInfo.Split(':', 2);
                    host.Username(Uri.UnescapeDataString(credentials[0]));
                    host.Password(credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "");
                    host.PublisherConfirmation = true;
                });
                // While the service's database is unreachable a message waits (about 3 minutes) rather than
                // going to the error queue: an outage of PostgreSQL loses no event. Outer filter: retried last.
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(Errors.DatabaseUnavailable.IsTransient);
                    retry.Interval(36, TimeSpan.FromSeconds(5));
                });
                // Anything else a few times quickly, then the error queue (a poison message must not block its queue).
                rabbit.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(Errors.DatabaseUnavailable.IsTransient);
                    retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500));
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        // Aspire's RabbitMQ client beside MassTransit's own connection: the broker's health check (one kept
        // connection, so a service that only publishes is unhealthy while the broker is gone) and its telemetry.
        builder.AddRabbitMQClient(ResourceNames.EventBus);
        return builder;
    }

    /// <summary>Publishes the outbox of <typeparamref name="TContext"/> (whose model must call <see cref="MessagingModelBuilderExtensions.AddMessagingTables"/>).</summary>
    public static TBuilder AddOutbox<TBuilder, TContext>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.SectionName));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<IInterceptor, OutboxSignalInterceptor>();
        // The service defaults may have registered a test clock already.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        return builder;
    }

    private static string VirtualHost(Uri broker)
    {
        var path = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }
}
