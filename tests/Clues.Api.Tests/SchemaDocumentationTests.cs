using Clues.Api.Resolvers;
using Clues.GraphQL.Types;

namespace Clues.Api.Tests;

/// <summary>The SDL is documented: every type, field, argument and enum value has an English description with the Chinese term.</summary>
public sealed class SchemaDocumentationTests
{
    private static readonly GraphQLSchema Schema =
        CluesSchema.Load(Path.Combine(AppContext.BaseDirectory, "schema", "clues.graphql"));

    [Fact]
    public void Every_type_and_field_of_the_api_has_a_description_with_chinese()
    {
        var missing = new List<string>();
        foreach (var type in Schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t.Name)))
        {
            Check(type.Name, type.Description);
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        Check(type.Name + "." + field.Name, field.Description);
                        foreach (var argument in field.Arguments)
                        {
                            if (string.IsNullOrWhiteSpace(argument.Description))
                            {
                                missing.Add($"{type.Name}.{field.Name}({argument.Name}:) has no description");
                            }
                        }
                    }

                    break;
                case EnumType enumType:
                    foreach (var value in enumType.Values)
                    {
                        Check(type.Name + "." + value.Name, value.Description);
                    }

                    break;
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));

        void Check(string what, string? description)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(what + " has no description");
            }
            else if (!description.Any(c => c >= '\u4e00' && c <= '\u9fff'))
            {
                missing.Add(what + " has no Chinese term: " + description);
            }
        }
    }

    private static bool IsBuiltInScalar(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
