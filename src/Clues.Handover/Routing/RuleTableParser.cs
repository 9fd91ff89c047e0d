using Clues.Core.Model.Taxonomy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Clues.Handover.Routing;

/// <summary>
/// Reads the YAML rule table through YamlDotNet's node model rather than a serializer, so every error can name
/// its line and unknown keys are refused instead of silently ignored.
/// </summary>
internal sealed class RuleTableParser
{
    private static readonly string[] TopKeys = ["version", "name", "defaultFeedbackMonths", "problemGroups", "rules"];
    private static readonly string[] RuleKeys = ["id", "when", "then", "basis"];
    private static readonly string[] WhenKeys = ["problems", "exceptProblems", "managementLevels", "foundBy", "flags"];
    private static readonly string[] ThenKeys = ["route", "level", "timing", "stubOnly", "feedbackMonths"];

    private readonly string _source;
    private readonly List<string> _errors = [];
    private readonly Dictionary<string, IReadOnlySet<ProblemCode>> _groups = new(StringComparer.Ordinal);

    private RuleTableParser(string source) => _source = source;

    public static HandoverRuleTable Parse(string text, string source)
    {
        var parser = new RuleTableParser(source);
        var table = parser.Read(text);
        if (parser._errors.Count > 0 || table is null)
        {
            throw new HandoverRuleTableException(source, parser._errors);
        }

        var semantic = RuleTableValidator.Validate(table);
        if (semantic.Count > 0)
        {
            throw new HandoverRuleTableException(source, semantic);
        }

        return table;
    }

    private HandoverRuleTable? Read(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            _errors.Add($"line {e.Start.Line}: not valid YAML: {e.Message}");
            return null;
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            _errors.Add("line 1: the file must hold one YAML mapping with version, defaultFeedbackMonths, problemGroups and rules.");
            return null;
        }

        CheckKeys(root, TopKeys, "the table");
        var version = Scalar(root, "version", required: true);
        var name = Scalar(root, "name", required: false) ?? "";
        var defaultMonths = Months(root, "defaultFeedbackMonths", required: true);
        if (Child(root, "problemGroups") is { } groupsNode)
        {
            ReadGroups(groupsNode);
        }

        var rules = new List<HandoverRule>();
        switch (Child(root, "rules"))
        {
            case YamlSequenceNode sequence:
                foreach (var node in sequence)
                {
                    if (ReadRule(node) is { } rule)
                    {
                        rules.Add(rule);
                    }
                }

                break;
            case null:
                _errors.Add($"line {root.Start.Line}: 'rules' is missing; list the rules in precedence order.");
                break;
            case var other:
                _errors.Add($"line {other.Start.Line}: 'rules' must be a list of rules.");
                break;
        }

        if (_errors.Count > 0 || version is null || defaultMonths is null)
        {
            return null;
        }

        return new HandoverRuleTable(_source, version, name, defaultMonths.Value, rules);
    }

    private void ReadGroups(YamlNode node)
    {
        if (node is not YamlMappingNode groups)
        {
            _errors.Add($"line {node.Start.Line}: 'problemGroups' must map group names to lists of problem codes.");
            return;
        }

        foreach (var (keyNode, valueNode) in groups.Children)
        {
            var groupName = ((YamlScalarNode)keyNode).Value ?? "";
            if (WireNames.TryParse<ProblemCode>(groupName, out _))
            {
                _errors.Add($"line {keyNode.Start.Line}: problem group '{groupName}' has the name of a problem code; rename the group.");
                continue;
            }

            var codes = new HashSet<ProblemCode>();
            foreach (var (item, line) in Items(valueNode, $"problem group '{groupName}'"))
            {
                if (WireNames.TryParse<ProblemCode>(item, out var code))
                {
                    codes.Add(code.Value);
                }
                else
                {
                    _errors.Add($"line {line}: problem group '{groupName}' lists unknown problem code '{item}'; known codes: {WireNames.List<ProblemCode>()}.");
                }
            }

            if (!_groups.TryAdd(groupName, codes))
            {
                _errors.Add($"line {keyNode.Start.Line}: problem group '{groupName}' is defined twice.");
            }
        }
    }

    private HandoverRule? ReadRule(YamlNode node)
    {
        if (node is not YamlMappingNode rule)
        {
            _errors.Add($"line {node.Start.Line}: each rule must be a mapping with id, when, then and basis.");
            return null;
        }

        var line = (int)rule.Start.Line;
        var before = _errors.Count;
        var id = Scalar(rule, "id", required: true);
        var label = id is null ? $"the rule at line {line}" : $"rule '{id}'";
        CheckKeys(rule, RuleKeys, label);
        var basis = Scalar(rule, "basis", required: true);
        if (basis is not null && string.IsNullOrWhiteSpace(basis))
        {
            _errors.Add($"line {line}: {label} has an empty basis; quote the provision it applies.");
        }

        var when = Child(rule, "when") switch
        {
            null => new RuleConditions(null, new HashSet<ProblemCode>(), null, null, new HashSet<RoutingFlag>()),
            YamlMappingNode map => ReadWhen(map, label),
            var other => Fail<RuleConditions>(other, $"{label}: 'when' must be a mapping of conditions."),
        };

        if (Child(rule, "then") is not YamlMappingNode then)
        {
            _errors.Add($"line {line}: {label} needs a 'then' mapping with route, level and timing.");
            return null;
        }

        CheckKeys(then, ThenKeys, $"{label} 'then'");
        var route = Enumerated<HandoverRoute>(then, "route", label);
        var level = Enumerated<LevelExpression>(then, "level", label);
        var timing = Enumerated<RoutingTiming>(then, "timing", label);
        var stubOnly = Scalar(then, "stubOnly", required: false) switch
        {
            null or "false" => false,
            "true" => true,
            var text => Fail<bool>(Child(then, "stubOnly")!, $"{label}: stubOnly must be true or false, not '{text}'."),
        };
        var months = Months(then, "feedbackMonths", required: false);

        if (_errors.Count > before || id is null || basis is null || when is null || route is null || level is null || timing is null)
        {
            return null;
        }

        return new HandoverRule(id, line, when, route.Value, level.Value, timing.Value, stubOnly, months, basis.Trim());
    }

    private RuleConditions? ReadWhen(YamlMappingNode when, string label)
    {
        CheckKeys(when, WhenKeys, $"{label} 'when'");
        var problems = Child(when, "problems") is { } p ? Problems(p, label) : null;
        var except = Child(when, "exceptProblems") is { } e ? Problems(e, label) : new HashSet<ProblemCode>();
        var levels = Child(when, "managementLevels") is { } m ? EnumList<ManagementLevel>(m, label, "managementLevels") : null;
        var foundBy = Child(when, "foundBy") is { } f ? EnumList<JurisdictionLevel>(f, label, "foundBy") : null;
        var flags = Child(when, "flags") is { } g ? EnumList<RoutingFlag>(g, label, "flags") : new HashSet<RoutingFlag>();
        if (foundBy is not null && foundBy.Any(l => l is not (JurisdictionLevel.City or JurisdictionLevel.County)))
        {
            _errors.Add($"line {Child(when, "foundBy")!.Start.Line}: {label}: foundBy may list only CITY and COUNTY (rounds are run by city and county committees).");
        }

        return new RuleConditions(problems, except ?? new HashSet<ProblemCode>(), levels, foundBy, flags ?? new HashSet<RoutingFlag>());
    }

    private HashSet<ProblemCode>? Problems(YamlNode node, string label)
    {
        var codes = new HashSet<ProblemCode>();
        foreach (var (item, line) in Items(node, $"{label} problems"))
        {
            if (WireNames.TryParse<ProblemCode>(item, out var code))
            {
                codes.Add(code.Value);
            }
            else if (_groups.TryGetValue(item, out var group))
            {
                codes.UnionWith(group);
            }
            else
            {
                _errors.Add($"line {line}: {label} names '{item}', which is neither a problem code nor a problem group; groups: {string.Join(", ", _groups.Keys)}; codes: {WireNames.List<ProblemCode>()}.");
            }
        }

        return codes;
    }

    private HashSet<T>? EnumList<T>(YamlNode node, string label, string key) where T : struct, Enum
    {
        var values = new HashSet<T>();
        foreach (var (item, line) in Items(node, $"{label} {key}"))
        {
            if (WireNames.TryParse<T>(item, out var value))
            {
                values.Add(value.Value);
            }
            else
            {
                _errors.Add($"line {line}: {label}: '{item}' is not a valid {key} value; use {WireNames.List<T>()}.");
            }
        }

        return values;
    }

    private T? Enumerated<T>(YamlMappingNode map, string key, string label) where T : struct, Enum
    {
        var text = Scalar(map, key, required: false);
        if (text is null)
        {
            _errors.Add($"line {map.Start.Line}: {label} 'then' is missing '{key}'; use {WireNames.List<T>()}.");
            return null;
        }

        if (WireNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        _errors.Add($"line {Child(map, key)!.Start.Line}: {label}: {key} '{text}' is unknown; use {WireNames.List<T>()}.");
        return null;
    }

    private int? Months(YamlMappingNode map, string key, bool required)
    {
        var text = Scalar(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, out var months) && months is >= 1 and <= 12)
        {
            return months;
        }

        _errors.Add($"line {Child(map, key)!.Start.Line}: {key} '{text}' must be a whole number of months from 1 to 12.");
        return null;
    }

    private IEnumerable<(string Item, long Line)> Items(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var child in sequence)
                {
                    if (child is YamlScalarNode { Value: { } value })
                    {
                        yield return (value, child.Start.Line);
                    }
                    else
                    {
                        _errors.Add($"line {child.Start.Line}: {what} must list plain names.");
                    }
                }

                break;
            case YamlScalarNode { Value: { } single }:
                yield return (single, node.Start.Line);
                break;
            default:
                _errors.Add($"line {node.Start.Line}: {what} must be a list of names.");
                break;
        }
    }

    private string? Scalar(YamlMappingNode map, string key, bool required)
    {
        switch (Child(map, key))
        {
            case null:
                if (required)
                {
                    _errors.Add($"line {map.Start.Line}: '{key}' is missing.");
                }

                return null;
            case YamlScalarNode scalar:
                return scalar.Value ?? "";
            case var other:
                _errors.Add($"line {other.Start.Line}: '{key}' must be a single value.");
                return null;
        }
    }

    private void CheckKeys(YamlMappingNode map, string[] allowed, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                _errors.Add($"line {key.Start.Line}: {where} has unknown key '{name}'; allowed: {string.Join(", ", allowed)}.");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private T? Fail<T>(YamlNode node, string message)
    {
        _errors.Add($"line {node.Start.Line}: {message}");
        return default;
    }
}
