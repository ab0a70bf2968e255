using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Notifications.Api.Model;
using Portal.Contracts;

namespace Notifications.Api.Mailing;

/// <summary>
/// Delivers mails over SMTP with MailKit to the server of <c>ConnectionStrings:maildev</c>
/// (<c>smtp://host:port</c>, or <c>smtps://</c> for TLS on connect; user:password in the URI when needed).
/// </summary>
public sealed class SmtpTransport(IConfiguration configuration, IOptions<MailOptions> options)
{
    private readonly Uri _server = new(configuration.GetConnectionString(ResourceNames.MailDev)
        ?? throw new InvalidOperationException(
            $"ConnectionStrings:{ResourceNames.MailDev} is not configured. Start the service through Portal.AppHost, " +
            $"or set ConnectionStrings__{ResourceNames.MailDev}=smtp://host:port."));

    /// <summary>Opens one connection for a batch of mails.</summary>
    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = 10_000 };
        try
        {
            var security = _server.Scheme == "smtps" ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable;
            await client.ConnectAsync(_server.Host, _server.Port, security, cancellationToken);
            if (_server.UserInfo.Length > 0)
            {
                var credentials = _server.UserInfo.Split(':', 2);
                await client.AuthenticateAsync(
                    Uri.UnescapeDataString(credentials[0]), credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public MimeMessage ToMessage(Mail mail)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Subject = mail.Subject;

        // The mail's own id: a retry after a lost acknowledgement is recognisable downstream.
        message.MessageId = $"{mail.Id}@portal";
        if (mail.UnsubscribeUrl is not null)
        {
            // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL.
            message.Headers.Add("List-Unsubscribe", $"<{mail.UnsubscribeUrl}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        message.Body = new BodyBuilder { HtmlBody = mail.HtmlBody, TextBody = mail.TextBody }.ToMessageBody();
        return message;
    }
}
