using OpenIddict.Abstractions;
using OpenIddict.Server;
using Portal.ServiceDefaults.Text;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Identity.Api.Extensions;

/// <summary>
/// The text boundary for the OpenID endpoints, in OAuth's own error format: a parameter holding a control
/// character is an <c>invalid_request</c> before anything looks it up (PostgreSQL cannot even store a NUL).
/// </summary>
internal sealed class ControlCharacterRefusal<TContext> : IOpenIddictServerHandler<TContext> where TContext : BaseValidatingContext
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<ControlCharacterRefusal<TContext>>()
            // First of all validations: the others read these values.
            .SetOrder(int.MinValue + 10_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(TContext context)
    {
        var parameters = context.Transaction.Request?.GetParameters() ?? new Dictionary<string, OpenIddictParameter>();
        foreach (var (name, value) in parameters)
        {
            if (ControlCharacters.AreIn(name) || TextsOf(value).Any(text => ControlCharacters.AreIn(text)))
            {
                context.Reject(Errors.InvalidRequest, $"The '{(ControlCharacters.AreIn(name) ? "?" : name)}' parameter holds a control character, which is not allowed.");
                break;
            }
        }

        return default;
    }

    // Form and query parameters are strings or, repeated, arrays of strings.
    private static IEnumerable<string?> TextsOf(OpenIddictParameter value) =>
        [(string?)value, .. value.GetUnnamedParameters().Select(item => (string?)item)];
}

internal static class ControlCharacterRefusalExtensions
{
    /// <summary>Every endpoint the server answers refuses control characters first.</summary>
    public static OpenIddictServerBuilder RefuseControlCharacters(this OpenIddictServerBuilder server) => server
        .AddEventHandler(ControlCharacterRefusal<ValidateAuthorizationRequestContext>.Descriptor)
        .AddEventHandler(ControlCharacterRefusal<ValidateTokenRequestContext>.Descriptor)
        .AddEventHandler(ControlCharacterRefusal<ValidateEndSessionRequestContext>.Descriptor)
        .AddEventHandler(ControlCharacterRefusal<ValidateUserInfoRequestContext>.Descriptor)
        .AddEventHandler(ControlCharacterRefusal<ValidateRevocationRequestContext>.Descriptor)
        .AddEventHandler(ControlCharacterRefusal<ValidateIntrospectionRequestContext>.Descriptor);
}
