namespace Clues.Api.Tests;

/// <summary>The API in the Development environment: introspection, GraphiQL and real error messages on.</summary>
public sealed class DevelopmentApiFactory : ApiFactory
{
    public DevelopmentApiFactory()
        : base("Development")
    {
    }
}
