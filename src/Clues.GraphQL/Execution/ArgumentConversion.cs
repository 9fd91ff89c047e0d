using System.Globalization;

namespace Clues.GraphQL.Execution;

/// <summary>Converts coerced argument values to the CLR type a resolver asks for.</summary>
internal static class ArgumentConversion
{
    public static T Convert<T>(object value, string name)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            if (target.IsEnum && value is string s)
            {
                return (T)Enum.Parse(target, s, ignoreCase: true);
            }

            if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            {
                return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidOperationException($"Argument \"{name}\" holds a {value.GetType().Name}, which cannot be converted to {typeof(T).Name}.", e);
        }

        throw new InvalidOperationException($"Argument \"{name}\" holds a {value.GetType().Name}, which cannot be converted to {typeof(T).Name}.");
    }
}
