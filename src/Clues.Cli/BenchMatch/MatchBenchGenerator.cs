using System.Globalization;
using Bogus;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Matching.Model;
using Clues.Sharing.Matching.Names;

namespace Clues.Cli.BenchMatch;

/// <summary>
/// Builds the benchmark's two data sets from a seed. Four fifths of each are persons, the rest
/// companies. Seven in ten right-hand records are copies of left-hand ones with variations injected
/// (typos, variant characters, missing or transposed identifiers, missing dates, moved units); the
/// rest are new, a third of them namesakes of left-hand persons or companies.
/// </summary>
internal sealed class MatchBenchGenerator
{
    private const string GivenCharacters =
        "伟强磊军勇杰涛明超刚平辉鹏华飞斌宇浩凯健俊帆帅旭宁龙林波峰建国志文海东亮成兵锋玮宏红丽芳娟敏静秀英玲琳燕霞萍艳梅莉兰凤洁琴云慧雪颖倩婷晶佳嘉瑞欣怡思雨晨阳春秋振忠诚";

    private const string CommonSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤";

    private const string TradeCharacters = "祥丰盛鑫源泰恒隆兴旺达华昌瑞宏远博通安顺福康永信合力新中和金银嘉利德天海山城";

    private static readonly string[] Counties = ["431402", "431403", "431421", "431422", "431423", "431424", "431425", "431481"];
    private static readonly string[] Places = ["江临市", "临湘区", "北塘区", "清溪县", "石门县", "安远县", "河口县", "桃源县", "云溪市"];
    private static readonly string[] Departments =
    [
        "财政局", "教育局", "卫生健康委员会", "自然资源局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "民政局", "人力资源和社会保障局",
        "市场监督管理局", "生态环境局", "审计局", "应急管理局", "城市管理局", "发展和改革委员会", "林业局", "文化旅游局", "统计局", "公安局",
    ];

    private static readonly string[] Industries = ["市政工程", "建筑工程", "商贸", "物流", "建材", "农业开发", "环保科技", "园林绿化", "劳务", "医疗器械", "信息技术", "房地产开发", "水电安装", "物业管理"];
    private static readonly string[] LegalForms = ["有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"];

    private readonly Random _random;
    private readonly string[] _surnames;
    private readonly double[] _surnameCumulative;
    private readonly string[] _bogusGiven;
    private readonly string[] _units;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _companyNames = new(StringComparer.Ordinal);
    private readonly VariantCharacters _variants = VariantCharacters.Default;
    private readonly InjectedVariations _injected = new();
    private readonly HashSet<int> _takenPersons = [];
    private readonly HashSet<int> _takenCompanies = [];

    private MatchBenchGenerator(int seed)
    {
        _random = new Random(seed);

        // Names come from Bogus's zh_CN locale, drawn once; the hot loop indexes arrays with our own seeded Random.
        var faker = new Faker("zh_CN") { Random = new Randomizer(seed) };
        // Bogus lists surnames in no particular order; rank the most common Chinese surnames first so the Zipf weights below fall on them.
        _surnames = Distinct(() => faker.Name.LastName(), 2000, s => s.Length is 1 or 2)
            .OrderBy(s => CommonSurnames.IndexOf(s, StringComparison.Ordinal) is var rank and >= 0 ? rank : CommonSurnames.Length)
            .ThenBy(s => s, StringComparer.Ordinal)
            .ToArray();
        _bogusGiven = Distinct(() => faker.Name.FirstName(), 3000, s => s.Length is 1 or 2);

        // Surnames are very unequal in China: a Zipf weight keeps a few common and the tail rare.
        var cumulative = new double[_surnames.Length];
        var total = 0.0;
        for (var i = 0; i < cumulative.Length; i++)
        {
            total += 1.0 / Math.Pow(i + 1, 0.9);
            cumulative[i] = total;
        }

        _surnameCumulative = cumulative.Select(c => c / total).ToArray();
        _units = Places.SelectMany(p => Departments.Select(d => p + d)).ToArray();
    }

    public static MatchBenchDataset Generate(MatchBenchOptions options)
    {
        var generator = new MatchBenchGenerator(options.Seed);
        var persons = options.Size * 4 / 5;
        var companies = options.Size - persons;
        var left = new List<MatchRecord>(options.Size);
        var right = new List<MatchRecord>(options.Size);
        var personTruth = new HashSet<(string, string)>();
        var companyTruth = new HashSet<(string, string)>();
        var companyTruthWithCodes = new HashSet<(string, string)>();
        generator.AddPersons(persons, left, right, personTruth);
        generator.AddCompanies(companies, left, right, companyTruth, companyTruthWithCodes);

        // Shuffle the right side so that input order says nothing about the truth; ids are positions after shuffling.
        var shuffled = right.ToArray();
        generator._random.Shuffle(shuffled);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < shuffled.Length; i++)
        {
            var id = "R" + i.ToString("D7", CultureInfo.InvariantCulture);
            renamed[shuffled[i].Id] = id;
            shuffled[i] = shuffled[i] with { Id = id };
        }

        return new MatchBenchDataset(
            left,
            shuffled,
            personTruth.Select(p => (p.Item1, renamed[p.Item2])).ToHashSet(),
            companyTruth.Select(p => (p.Item1, renamed[p.Item2])).ToHashSet(),
            companyTruthWithCodes.Select(p => (p.Item1, renamed[p.Item2])).ToHashSet(),
            generator._injected);
    }

    private void AddPersons(int count, List<MatchRecord> left, List<MatchRecord> right, HashSet<(string, string)> truth)
    {
        var people = new TruthPerson[count];
        for (var i = 0; i < count; i++)
        {
            people[i] = NewPerson(null);
            left.Add(LeftRecord("LP" + i.ToString("D7", CultureInfo.InvariantCulture), people[i]));
        }

        for (var i = 0; i < count; i++)
        {
            var rightId = "tmpP" + i.ToString(CultureInfo.InvariantCulture);
            var roll = _random.NextDouble();
            if (roll < 0.7)
            {
                var source = _random.Next(count);
                while (!_takenPersons.Add(source))
                {
                    source = _random.Next(count);
                }

                right.Add(RightCopy(rightId, people[source]));
                truth.Add((left[source].Id, rightId));
            }
            else if (roll < 0.8)
            {
                var namesakeOf = people[_random.Next(count)];
                _injected.SameNameDifferentPeople++;
                right.Add(NewRightRecord(rightId, NewPerson(namesakeOf)));
            }
            else
            {
                right.Add(NewRightRecord(rightId, NewPerson(null)));
            }
        }
    }

    private TruthPerson NewPerson(TruthPerson? namesakeOf)
    {
        var gender = namesakeOf?.Gender ?? (_random.Next(2) == 0 ? Gender.Male : Gender.Female);
        var name = namesakeOf?.Name ?? NewName();
        DateOnly birth;
        if (namesakeOf is not null && _random.Next(2) == 0)
        {
            // Same name, same birth year, another day: the hard namesake.
            do
            {
                birth = new DateOnly(namesakeOf.Birth.Year, 1, 1).AddDays(_random.Next(365));
            }
            while (birth == namesakeOf.Birth);
        }
        else
        {
            birth = new DateOnly(1950, 1, 1).AddDays(_random.Next(19_000));
        }

        string id;
        do
        {
            var sequence = _random.Next(500) * 2 + (gender == Gender.Male ? 1 : 0);
            id = NationalIdNumber.FromBody(string.Concat(
                Counties[_random.Next(Counties.Length)],
                birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                sequence.ToString("D3", CultureInfo.InvariantCulture))).Value;
        }
        while (!_ids.Add(id));

        return new TruthPerson(name, gender, birth, id, _units[_random.Next(_units.Length)]);
    }

    private string NewName()
    {
        var u = _random.NextDouble();
        var index = Array.BinarySearch(_surnameCumulative, u);
        var surname = _surnames[Math.Min(index < 0 ? ~index : index, _surnames.Length - 1)];
        var roll = _random.NextDouble();
        var given = roll < 0.4 ? _bogusGiven[_random.Next(_bogusGiven.Length)]
            : roll < 0.6 ? GivenCharacters[_random.Next(GivenCharacters.Length)].ToString()
            : string.Concat(GivenCharacters[_random.Next(GivenCharacters.Length)].ToString(), GivenCharacters[_random.Next(GivenCharacters.Length)].ToString());
        return surname + given;
    }

    private MatchRecord LeftRecord(string id, TruthPerson person)
    {
        var hasId = _random.NextDouble() < 0.92;
        return new MatchRecord(
            id,
            EntityKind.Person,
            person.Name,
            hasId ? person.IdNumber : null,
            !hasId || _random.NextDouble() < 0.5 ? person.Birth : null,
            _random.NextDouble() < 0.7 ? person.Gender : null,
            null,
            _random.NextDouble() < 0.8 ? person.Unit : null);
    }

    private MatchRecord NewRightRecord(string id, TruthPerson person)
    {
        var hasId = _random.NextDouble() < 0.6;
        return new MatchRecord(
            id,
            EntityKind.Person,
            person.Name,
            hasId ? person.IdNumber : null,
            !hasId || _random.NextDouble() < 0.5 ? person.Birth : null,
            _random.NextDouble() < 0.7 ? person.Gender : null,
            null,
            _random.NextDouble() < 0.8 ? person.Unit : null);
    }

    private MatchRecord RightCopy(string id, TruthPerson person)
    {
        var name = person.Name;
        if (_random.NextDouble() < 0.10 && TryVariant(name, out var variant))
        {
            name = variant;
            _injected.VariantCharacters++;
        }

        if (_random.NextDouble() < 0.05)
        {
            name = Typo(name);
            _injected.NameTypos++;
        }

        string? idNumber = person.IdNumber;
        if (_random.NextDouble() < 0.15)
        {
            idNumber = null;
            _injected.MissingIds++;
        }
        else if (_random.NextDouble() < 0.05)
        {
            idNumber = TransposeDigits(idNumber);
            _injected.TransposedIds++;
        }

        DateOnly? birth = person.Birth;
        if (_random.NextDouble() < (idNumber is null ? 0.1 : 0.5))
        {
            birth = null;
            _injected.MissingBirthDates++;
        }

        var unitRoll = _random.NextDouble();
        string? unit = person.Unit;
        if (unitRoll < 0.1)
        {
            unit = null;
        }
        else if (unitRoll < 0.3)
        {
            unit = _units[_random.Next(_units.Length)];
            _injected.ChangedUnits++;
        }

        return new MatchRecord(id, EntityKind.Person, name, idNumber, birth, _random.NextDouble() < 0.7 ? person.Gender : null, null, unit);
    }

    private bool TryVariant(string name, out string variant)
    {
        var start = _random.Next(name.Length);
        for (var k = 0; k < name.Length; k++)
        {
            var i = (start + k) % name.Length;
            if (_variants.AnyVariantOf(name[i], _random.Next()) is { } other)
            {
                variant = string.Concat(name.AsSpan(0, i), other.ToString(), name.AsSpan(i + 1));
                return true;
            }
        }

        variant = name;
        return false;
    }

    // A wrong character in the given name, as from picking the wrong homophone in an input method.
    private string Typo(string name)
    {
        var surnameLength = NameText.SurnameLength(name);
        if (name.Length <= surnameLength)
        {
            return name;
        }

        var i = surnameLength + _random.Next(name.Length - surnameLength);
        char replacement;
        do
        {
            replacement = GivenCharacters[_random.Next(GivenCharacters.Length)];
        }
        while (_variants.Canonical(replacement) == _variants.Canonical(name[i]));

        return string.Concat(name.AsSpan(0, i), replacement.ToString(), name.AsSpan(i + 1));
    }

    private string TransposeDigits(string value)
    {
        var chars = value.ToCharArray();
        while (true)
        {
            var i = _random.Next(16);
            if (chars[i] != chars[i + 1])
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
            }
        }
    }

    private void AddCompanies(int count, List<MatchRecord> left, List<MatchRecord> right, HashSet<(string, string)> truth, HashSet<(string, string)> truthWithCodes)
    {
        var companies = new TruthCompany[count];
        var offset = left.Count;
        for (var i = 0; i < count; i++)
        {
            companies[i] = NewCompany(null);
            var hasCode = _random.NextDouble() < 0.9;
            left.Add(new MatchRecord("LC" + i.ToString("D7", CultureInfo.InvariantCulture), EntityKind.Company, companies[i].Name, null, null, null, hasCode ? companies[i].CreditCode : null, companies[i].Authority));
        }

        for (var i = 0; i < count; i++)
        {
            var rightId = "tmpC" + i.ToString(CultureInfo.InvariantCulture);
            var roll = _random.NextDouble();
            if (roll < 0.7)
            {
                var source = _random.Next(count);
                while (!_takenCompanies.Add(source))
                {
                    source = _random.Next(count);
                }

                var copy = CompanyCopy(rightId, companies[source]);
                right.Add(copy);
                truth.Add((left[offset + source].Id, rightId));
                if (copy.CreditCode is not null && left[offset + source].CreditCode is not null)
                {
                    truthWithCodes.Add((left[offset + source].Id, rightId));
                }
            }
            else
            {
                TruthCompany? namesakeOf = roll < 0.8 ? companies[_random.Next(count)] : null;
                if (namesakeOf is not null)
                {
                    _injected.SameNameDifferentCompanies++;
                }

                var company = NewCompany(namesakeOf);
                right.Add(new MatchRecord(rightId, EntityKind.Company, company.Name, null, null, null, _random.NextDouble() < 0.8 ? company.CreditCode : null, company.Authority));
            }
        }
    }

    private TruthCompany NewCompany(TruthCompany? namesakeOf)
    {
        string stem;
        string form;
        if (namesakeOf is not null)
        {
            stem = namesakeOf.Stem;
            form = namesakeOf.LegalForm;
        }
        else
        {
            do
            {
                stem = string.Concat(
                    Places[_random.Next(Places.Length)],
                    TradeCharacters[_random.Next(TradeCharacters.Length)].ToString(),
                    TradeCharacters[_random.Next(TradeCharacters.Length)].ToString(),
                    _random.NextDouble() < 0.5 ? TradeCharacters[_random.Next(TradeCharacters.Length)].ToString() : "",
                    Industries[_random.Next(Industries.Length)]);
                form = LegalForms[_random.Next(LegalForms.Length)];
            }
            while (!_companyNames.Add(stem + form));
        }

        string code;
        do
        {
            var body = new char[17];
            "91".CopyTo(body);
            Counties[_random.Next(Counties.Length)].CopyTo(0, body, 2, 6);
            for (var k = 8; k < 17; k++)
            {
                body[k] = CreditCode.Characters[_random.Next(10 + (k > 8 ? 21 : 0))];
            }

            code = CreditCode.FromBody(new string(body)).Value;
        }
        while (!_codes.Add(code));

        return new TruthCompany(stem, form, code, Places[_random.Next(Places.Length)] + "市场监督管理局");
    }

    private MatchRecord CompanyCopy(string id, TruthCompany company)
    {
        var stem = company.Stem;
        var form = company.LegalForm;
        if (_random.NextDouble() < 0.2)
        {
            form = form == "有限责任公司" ? "有限公司" : "有限责任公司";
            _injected.LegalFormChanges++;
        }

        if (_random.NextDouble() < 0.1)
        {
            var i = _random.Next(stem.Length);
            stem = string.Concat(stem.AsSpan(0, i), TradeCharacters[_random.Next(TradeCharacters.Length)].ToString(), stem.AsSpan(i + 1));
            _injected.CompanyNameTypos++;
        }

        string? code = company.CreditCode;
        if (_random.NextDouble() < 0.2)
        {
            code = null;
            _injected.CompaniesWithoutCreditCode++;
        }
        else if (_random.NextDouble() < 0.03)
        {
            code = TransposeCode(code);
            _injected.TransposedCreditCodes++;
        }

        return new MatchRecord(id, EntityKind.Company, stem + form, null, null, null, code, company.Authority);
    }

    private string TransposeCode(string code)
    {
        var chars = code.ToCharArray();
        while (true)
        {
            var i = 8 + _random.Next(8);
            if (chars[i] != chars[i + 1])
            {
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
            }
        }
    }

    private static string[] Distinct(Func<string> draw, int attempts, Func<string, bool> keep)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<string>();
        for (var i = 0; i < attempts; i++)
        {
            var value = draw().Trim();
            if (keep(value) && !value.Contains(' ', StringComparison.Ordinal) && seen.Add(value))
            {
                list.Add(value);
            }
        }

        return list.ToArray();
    }
}
