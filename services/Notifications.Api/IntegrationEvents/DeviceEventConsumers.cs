using Notifications.Api.Infrastructure;
using Notifications.Api.Mailing;
using Portal.Contracts.Assets;
using Portal.ServiceDefaults.Messaging;

namespace Notifications.Api.IntegrationEvents;

// Device and code mails (categories devices and codes) to the customer's users who may see the device.

public sealed class DeviceRegisteredConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<DeviceRegistered, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(DeviceRegistered message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.DeviceRegistered, MailCategories.Devices, message.CustomerId, message.ObjectId, null,
            language => new()
            {
                ["deviceName"] = message.Name,
                ["serialNumber"] = message.SerialNumber ?? "",
                ["model"] = message.Model ?? "",
                ["code"] = message.Code,
            }), cancellationToken);
}

public sealed class DeviceStatusChangedConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<DeviceStatusChanged, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(DeviceStatusChanged message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.DeviceStatusChanged, MailCategories.Devices, message.CustomerId, message.ObjectId, null,
            language => new()
            {
                ["deviceName"] = message.Name,
                ["previousStatus"] = Labels.Of(message.PreviousStatus, language),
                ["status"] = Labels.Of(message.Status, language),
            }), cancellationToken);
}

public sealed class DeviceCodeRegeneratedConsumer(NotificationsDbContext db, BusinessMailer mailer)
    : IdempotentConsumer<DeviceCodeRegenerated, NotificationsDbContext>(db)
{
    protected override Task HandleAsync(DeviceCodeRegenerated message, CancellationToken cancellationToken) =>
        mailer.NotifyAsync(MessageId, new BusinessNotice(
            MailKinds.DeviceCodeRegenerated, MailCategories.Codes, message.CustomerId, message.ObjectId, null,
            language => new() { ["code"] = message.Code }), cancellationToken);
}
