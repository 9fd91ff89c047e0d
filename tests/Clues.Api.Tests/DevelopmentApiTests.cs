using System.Net;

namespace Clues.Api.Tests;

/// <summary>The API in Development: introspection and the GraphiQL page with the development headers.</summary>
public sealed class DevelopmentApiTests(DevelopmentApiFactory factory) : IClassFixture<DevelopmentApiFactory>
{
    [Fact]
    public async Task Introspection_answers_graphiqls_full_query_within_the_limits()
    {
        var client = factory.CreateClient();
        // The shape GraphiQL sends: descriptions, deprecations, nine nested ofType levels.
        const string query = """
            query IntrospectionQuery {
              __schema {
                queryType { name } mutationType { name } subscriptionType { name }
                types { ...FullType }
                directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
              }
            }
            fragment FullType on __Type {
              kind name description specifiedByURL
              fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields(includeDeprecated: true) { ...InputValue }
              interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef }
            }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }
            """;

        var (status, body) = await client.PostGraphQLAsync(query);
        var types = body.Data().GetProperty("__schema").GetProperty("types").EnumerateArray().ToList();

        Assert.Equal(200, status);
        Assert.Contains(types, t => t.GetProperty("name").GetString() == "Person");
        var person = types.Single(t => t.GetProperty("name").GetString() == "Person");
        Assert.Contains("人员", person.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.All(person.GetProperty("fields").EnumerateArray(), f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
    }

    [Fact]
    public async Task A_browser_gets_graphiql_with_the_development_token_placeholder()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/graphql/_graphiql/index.js", html, StringComparison.Ordinal);
        Assert.Contains("Authorization", html, StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
