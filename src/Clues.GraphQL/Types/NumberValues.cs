namespace Clues.GraphQL.Types;

/// <summary>Reads the many CLR number types uniformly, for coercion.</summary>
internal static class NumberValues
{
    public static bool IsNumber(object value) => value is int or long or double or decimal or float or short or byte or sbyte or ushort or uint or ulong;

    public static bool TryGetDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case decimal m: number = (double)m; return true;
            case float f: number = f; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>Reads an integral number exactly (doubles and decimals only when they have no fraction).</summary>
    public static bool TryGetInteger(object value, out long integer, out bool isNumber)
    {
        isNumber = true;
        switch (value)
        {
            case int i: integer = i; return true;
            case long l: integer = l; return true;
            case short s: integer = s; return true;
            case byte b: integer = b; return true;
            case sbyte sb: integer = sb; return true;
            case ushort us: integer = us; return true;
            case uint ui: integer = ui; return true;
            case ulong ul:
                integer = ul > long.MaxValue ? long.MaxValue : (long)ul;
                return true;
            case double d when double.IsFinite(d) && d == Math.Floor(d):
                integer = d >= long.MaxValue ? long.MaxValue : d <= long.MinValue ? long.MinValue : (long)d;
                return true;
            case float f when float.IsFinite(f) && f == MathF.Floor(f):
                integer = f >= long.MaxValue ? long.MaxValue : f <= long.MinValue ? long.MinValue : (long)f;
                return true;
            case decimal m when m == decimal.Truncate(m):
                integer = m >= long.MaxValue ? long.MaxValue : m <= long.MinValue ? long.MinValue : (long)m;
                return true;
            default:
                integer = 0;
                isNumber = IsNumber(value);
                return false;
        }
    }
}
