using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Clues.GraphQL.Execution;

/// <summary>
/// An ordered response object: keys are shared with the cached field plan, values filled in as fields
/// complete, so each object costs one instance and one array.
/// </summary>
internal sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly string[] _keys;
    private readonly JsonEncodedText[]? _encodedKeys;
    private readonly object?[] _values;

    /// <param name="keys">The response keys, in order.</param>
    /// <param name="encodedKeys">The same keys escaped for JSON (see <see cref="CollectedFields.EncodedKeys"/>), or null.</param>
    public ResultMap(string[] keys, JsonEncodedText[]? encodedKeys)
    {
        _keys = keys;
        _encodedKeys = encodedKeys;
        _values = keys.Length == 0 ? [] : new object?[keys.Length];
    }

    public int Count => _keys.Length;

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal string[] KeyArray => _keys;

    internal JsonEncodedText[]? EncodedKeyArray => _encodedKeys;

    internal object?[] ValueArray => _values;

    public void Set(int index, object? value) => _values[index] = value;

    public bool ContainsKey(string key) => Array.IndexOf(_keys, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.IndexOf(_keys, key);
        if (index < 0)
        {
            value = null;
            return false;
        }

        value = _values[index];
        return true;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
