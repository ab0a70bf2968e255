namespace Notifications.Api.Tests.Infrastructure;

/// <summary>
/// One notifications service for all test classes: every test uses its own recipients, so they cannot
/// disturb each other, and the run pays for one start of PostgreSQL, RabbitMQ, MailDev and the service.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsApp>
{
    public const string Name = "Notifications service";
}
