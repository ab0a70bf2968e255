using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Portal.ServiceDefaults.OpenApi;

/// <summary>
/// The problem-details answers a route gives besides its own typed results, from what every route of its kind can
/// answer: the sign-in and permission checks (401, 403), the input checks of the text boundary and the JSON reader
/// (400, 415), and a record named in the path that does not exist or belongs to another organization (404; both
/// answer alike, so nobody learns what another organization holds). Statuses only some routes give (409, 410,
/// 429, or 404 for a record named in the body) each route declares itself with <c>ProducesProblem</c>.
/// </summary>
internal static class ProblemResponses
{
    public const string ProblemSchema = "ProblemDetails";

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["400"] = "The request is not valid: problem details naming each field and what it must be (errors).",
        ["401"] = "Not signed in, or the access token is not valid (any more).",
        ["403"] = "Signed in, but without the permission or scope this needs.",
        ["404"] = "A record the path or body names does not exist, or is not one the caller may see (another organization's records answer alike).",
        ["409"] = "The request conflicts with the record's current state: the detail says what to change first.",
        ["410"] = "The link is unknown, used or expired: ask for a new one.",
        ["415"] = "The body is not JSON (Content-Type application/json).",
        ["429"] = "Too many attempts: try again after the seconds in Retry-After.",
    };

    public static async Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];

        var statuses = new List<string>();
        if (RequiresSignIn(metadata))
        {
            statuses.AddRange(["401", "403"]);
        }

        if (description.ParameterDescriptions.Count > 0)
        {
            statuses.Add("400");
        }

        if (description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path))
        {
            statuses.Add("404");
        }

        if (description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body))
        {
            statuses.Add("415");
        }

        statuses.AddRange(metadata.OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode >= 400 && (m.Type is null || typeof(ProblemDetails).IsAssignableFrom(m.Type)))
            .Select(m => m.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // The generator's defaults ("Bad Request", "Not Found") say nothing a client can act on.
        foreach (var (status, response) in operation.Responses)
        {
            if (response is OpenApiResponse typed && Descriptions.TryGetValue(status, out var words))
            {
                typed.Description = words;
            }
        }

        foreach (var status in statuses.Distinct())
        {
            if (operation.Responses.ContainsKey(status))
            {
                continue;
            }

            operation.Responses[status] = new OpenApiResponse
            {
                Description = Descriptions.GetValueOrDefault(status, "A problem: see the title and detail."),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = await ProblemSchemaAsync(context, cancellationToken) },
                },
            };
        }
    }

    /// <summary>The route asks for a signed-in caller (and is not opened to everyone again by AllowAnonymous).</summary>
    public static bool RequiresSignIn(IList<object> metadata) =>
        metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();

    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(ProblemSchema) != true)
        {
            document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(DocumentedProblem), null, cancellationToken));
        }

        return new OpenApiSchemaReference(ProblemSchema, document);
    }
}
