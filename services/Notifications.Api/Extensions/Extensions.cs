using Notifications.Api.Infrastructure;
using Notifications.Api.IntegrationEvents;
using Notifications.Api.Mailing;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;
using Portal.ServiceDefaults.Security;

namespace Notifications.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDefaultAuthentication();
        builder.AddPortalDbContext<IHostApplicationBuilder, NotificationsDbContext>(ResourceNames.NotificationsDb);
        builder.Services.AddMigration<NotificationsDbContext>();

        // Every event notifications listens to, in one place.
        builder.AddEventBus(ResourceNames.Notifications, bus =>
        {
            bus.AddConsumer<InvitationCreatedConsumer>();
            bus.AddConsumer<PasswordLinkCreatedConsumer>();
            bus.AddConsumer<UserAccessChangedConsumer>();
            bus.AddConsumer<PasswordResetRequestedConsumer>();
            bus.AddConsumer<EmailChangeRequestedConsumer>();
            bus.AddConsumer<EmailChangedConsumer>();
            bus.AddConsumer<UserDeactivatedConsumer>();
            bus.AddConsumer<UserDeletedConsumer>();
            bus.AddConsumer<EmailCategoriesChosenConsumer>();
            bus.AddConsumer<SupportAccessRequestedConsumer>();

            bus.AddConsumer<CustomerCreatedConsumer>();
            bus.AddConsumer<CustomerUpdatedConsumer>();
            bus.AddConsumer<CustomerBecameIndependentConsumer>();
            bus.AddConsumer<CustomerIndependenceRevertedConsumer>();

            bus.AddConsumer<DeviceRegisteredConsumer>();
            bus.AddConsumer<DeviceStatusChangedConsumer>();
            bus.AddConsumer<DeviceCodeRegeneratedConsumer>();
            bus.AddConsumer<TicketCreatedConsumer>();
            bus.AddConsumer<TicketStatusChangedConsumer>();
            bus.AddConsumer<TicketCommentAddedConsumer>();
            bus.AddConsumer<VideoSessionScheduledConsumer>();
            bus.AddConsumer<VideoSessionChangedConsumer>();
        });
        builder.AddOutbox<IHostApplicationBuilder, NotificationsDbContext>();

        // Mails: rendered from the template files, recorded, then delivered over SMTP by the sender.
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection(MailOptions.SectionName));
        builder.Services.AddSingleton<MailTemplates>();
        builder.Services.AddSingleton<SmtpTransport>();
        builder.Services.AddScoped<MailComposer>();
        builder.Services.AddScoped<BusinessMailer>();
        builder.Services.AddSingleton<UnsubscribeTokens>();
        builder.Services.AddHostedService<MailSender>();
    }
}
