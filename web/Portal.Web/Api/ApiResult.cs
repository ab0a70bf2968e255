using System.Diagnostics.CodeAnalysis;

namespace Portal.Web.Api;

/// <summary>What an API call gave: the value, or the problem to show the user.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;
}
