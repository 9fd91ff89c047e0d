using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Clues.GraphQL.Execution;

/// <summary>
/// The default resolver's compiled getters for one field: a CLR property or field whose name matches the
/// GraphQL field case-insensitively. The last parent type is remembered so the common single-type case is
/// one reference compare per call; compilation happens once per (CLR type, field name) process-wide.
/// </summary>
internal sealed class PropertyAccessorCache
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Compiled = new();

    private sealed record Entry(Type Type, Func<object, object?>? Accessor);

    private Entry? _last;

    public Func<object, object?>? Get(Type type, string fieldName)
    {
        var last = _last;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last.Accessor;
        }

        var accessor = Compiled.GetOrAdd((type, fieldName), static key => Compile(key.Type, key.Name));
        _last = new Entry(type, accessor);
        return accessor;
    }

    /// <summary>True when <paramref name="type"/> has a readable member matching <paramref name="fieldName"/>.</summary>
    public static bool HasMember(Type type, string fieldName) => FindMember(type, fieldName) is not null;

    internal static MemberInfo? FindMember(Type type, string fieldName)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var property = type.GetProperty(fieldName, Flags);
        if (property is not null && property.CanRead && property.GetIndexParameters().Length == 0)
        {
            return property;
        }

        var field = type.GetField(fieldName, Flags);
        return field;
    }

    private static Func<object, object?>? Compile(Type type, string fieldName)
    {
        MemberInfo? member;
        try
        {
            member = FindMember(type, fieldName);
        }
        catch (AmbiguousMatchException)
        {
            // Two members differing only by case: prefer the exact-case one.
            member = (MemberInfo?)type.GetProperty(fieldName) ?? type.GetField(fieldName);
        }

        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
