namespace Portal.Testing.Fuzzing;

/// <summary>One route and method as the service's <c>GET /testing/endpoints</c> describes it.</summary>
public sealed record FuzzEndpoint(
    string Method, string Route, bool Anonymous, IReadOnlyList<FuzzField> RouteParameters,
    IReadOnlyList<FuzzField> Query, FuzzField? Body, bool Form, bool Documented = true)
{
    public override string ToString() => $"{Method} {Route}";
}

/// <summary>A parameter or JSON field: string, guid, datetime, integer, number, boolean, list or object.</summary>
public sealed record FuzzField(string Name, string Kind, IReadOnlyList<FuzzField>? Properties, FuzzField? Items);

/// <summary>One bad request: what it is, and whether the service must refuse it (a 2xx would be a bug).</summary>
public sealed record FuzzCase(string Name, string Path, Func<HttpContent?> Content, bool MustBeRefused);
