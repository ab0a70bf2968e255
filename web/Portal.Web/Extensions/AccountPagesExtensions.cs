using Microsoft.Extensions.Http.Resilience;
using Portal.Contracts;
using Portal.Web.Components.Account;

namespace Portal.Web.Extensions;

public static class AccountPagesExtensions
{
    /// <summary>
    /// The public account pages that links in e-mails open (accept an invitation, set or reset a
    /// password, confirm or report an e-mail change): their language and their client for identity.
    /// </summary>
    public static WebApplicationBuilder AddAccountPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<ForwardedForHandler>();
        builder.Services.AddScoped<AccountLocalizer>();

        // Each link works once: a retried POST after a lost answer would report "already used" for
        // a password that was in fact set. So no retries for POST; timeouts and the rest stay.
#pragma warning disable EXTEXP0001
        builder.Services.AddHttpClient<IdentityAccountClient>(client => client.BaseAddress = new Uri($"http://{ResourceNames.Identity}"))
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options => options.Retry.DisableForUnsafeHttpMethods());
        builder.Services.AddHttpClient<IdentityAccountClient>().AddHttpMessageHandler<ForwardedForHandler>();
#pragma warning restore EXTEXP0001
        return builder;
    }
}
