using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Identity.Api.Apis;

/// <summary>
/// The upload of a people file: a multipart form with the file in the field <c>file</c>. The routes read the form
/// themselves (so that a missing or unreadable file is a 400 naming <c>file</c>, never a framework 415), so the
/// document learns of the body from here.
/// </summary>
public static class PeopleFileUpload
{
    public static RouteHandlerBuilder AcceptsPeopleFile(this RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The CSV file (UTF-8 or Windows-1252, comma or semicolon separated, English or German headings; at most 5 MB and 10,000 people).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { "file" },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });
}
