namespace Portal.Contracts.Organizations;

/// <summary>Only corporate customers may have portal users.</summary>
public static class CustomerTypes
{
    public const string Corporate = "corporate";
    public const string Individual = "individual";
}
