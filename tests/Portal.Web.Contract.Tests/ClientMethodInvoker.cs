using System.Reflection;
using Portal.Web.Api;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// Calls every public method of every <see cref="ApiClient"/> of an assembly, through reflection so that
/// a new method is checked without anyone listing it, and keeps the requests each call sent.
/// </summary>
internal static class ClientMethodInvoker
{
    private static readonly Uri Gateway = new("http://gateway.test");

    public static IReadOnlyList<Type> ClientTypes(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ApiClient)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<MethodInfo> Methods(Type client) =>
        client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();

    public static async Task<IReadOnlyList<ClientCall>> CallAllAsync(IEnumerable<Type> clients)
    {
        var calls = new List<ClientCall>();
        foreach (var client in clients)
        {
            foreach (var method in Methods(client))
            {
                calls.Add(await CallAsync(client, method));
            }
        }

        return calls;
    }

    /// <summary>
    /// One call per argument variant: the plain one, and one more for each <c>bool</c> parameter turned
    /// off, because a flag may choose the route (activate or deactivate).
    /// </summary>
    public static async Task<ClientCall> CallAsync(Type client, MethodInfo method)
    {
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler) { BaseAddress = Gateway };
        var instance = Create(client, http);
        var requests = new List<RecordedRequest>();
        var failures = new List<string>();
        foreach (var arguments in ArgumentVariants(method))
        {
            handler.Clear();
            try
            {
                if (method.Invoke(instance, arguments) is Task task)
                {
                    await task.WaitAsync(TimeSpan.FromSeconds(10));
                }
            }
            catch (Exception exception) when (exception is TargetInvocationException or NotSupportedException or TimeoutException)
            {
                failures.Add((exception.InnerException ?? exception).Message);
            }

            requests.AddRange(handler.Requests);
        }

        return new ClientCall(client.Name, method.Name, requests, failures);
    }

    private static object Create(Type client, HttpClient http)
    {
        var constructor = client.GetConstructors().Single();
        var arguments = constructor.GetParameters().Select(object (p) =>
            p.ParameterType == typeof(HttpClient) ? http
            : p.ParameterType == typeof(Portal.Web.Authentication.AccessTokenAccessor) ? SignedInUser.Tokens()
            : throw new NotSupportedException($"{client.Name} needs a {p.ParameterType.Name}: teach {nameof(ClientMethodInvoker)} to give one."));
        return constructor.Invoke(arguments.ToArray());
    }

    private static IEnumerable<object?[]> ArgumentVariants(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var plain = parameters.Select(p => SampleValues.For(p.ParameterType)).ToArray();
        yield return plain;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].ParameterType == typeof(bool))
            {
                var variant = (object?[])plain.Clone();
                variant[i] = false;
                yield return variant;
            }
        }
    }
}

/// <summary>What one client method sent, over all its argument variants.</summary>
internal sealed record ClientCall(string Client, string Method, IReadOnlyList<RecordedRequest> Requests, IReadOnlyList<string> Failures)
{
    public string Name => $"{Client}.{Method}";
}
