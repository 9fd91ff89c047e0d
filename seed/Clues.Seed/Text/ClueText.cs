using System.Globalization;
using Clues.Core.Model.Taxonomy;
using Clues.Seed.Generation;

namespace Clues.Seed.Text;

/// <summary>
/// Clue summaries as an office would register them (反映……), one or two templates per problem type,
/// and evidence lists per source channel. Placeholders: {0} subject, {1} unit, {2} post, {3} company,
/// {4} project, {5} amount in 万元, {6} year.
/// </summary>
internal static class ClueText
{
    private static readonly Dictionary<ProblemType, string[]> Templates = new()
    {
        [ProblemType.PoliticalDiscipline] =
        [
            "反映{1}{2}{0}在组织审查期间与相关人员串供，转移、隐匿涉案财物，对抗组织审查。",
            "反映{1}{2}{0}对上级重大决策部署搞变通、打折扣，在{4}中另搞一套。",
        ],
        [ProblemType.OrganisationalDiscipline] =
        [
            "反映{1}{2}{0}不如实报告个人有关事项，隐瞒其亲属在{3}持股经营的情况。",
            "反映{1}{2}{0}违规兼职取酬，未经批准在{3}担任顾问。",
        ],
        [ProblemType.IntegrityDiscipline] =
        [
            "反映{1}{2}{0}利用职务便利，在{4}中为{3}谋取利益，收受好处费约{5}万元。",
            "反映{1}{2}{0}违规插手{4}招投标，其亲属实际控制的{3}最终中标。",
        ],
        [ProblemType.MassDiscipline] =
        [
            "反映{1}在惠民补贴发放中优亲厚友，{2}{0}为亲属违规申领补贴约{5}万元。",
            "反映{1}{2}{0}在征地拆迁中侵害群众利益，克扣补偿款。",
        ],
        [ProblemType.WorkDiscipline] =
        [
            "反映{1}{2}{0}在{4}验收中把关不严，施工单位{3}虚报工程量。",
            "反映{1}{2}{0}履职不力，对{3}违规行为长期失管失察。",
        ],
        [ProblemType.LifeDiscipline] = ["反映{1}{2}{0}生活作风不检点，长期与他人保持不正当关系。"],
        [ProblemType.FormalismBureaucratism] =
        [
            "反映{1}督查检查过多过频，{2}{0}热衷于填表报数、痕迹管理，基层负担重。",
            "反映{1}对群众反映强烈的{4}问题推诿扯皮、久拖不办。",
        ],
        [ProblemType.GiftsAndCash] = ["反映{1}{2}{0}在{6}年春节、中秋期间收受管理服务对象{3}所送礼品礼金约{5}万元。"],
        [ProblemType.ImproperDining] = ["反映{1}{2}{0}多次接受{3}安排的宴请，餐费由该公司报销。"],
        [ProblemType.LavishWeddingsFunerals] = ["反映{1}{2}{0}在{6}年为其子操办婚宴，宴请管理服务对象并收受礼金。"],
        [ProblemType.Allowances] = ["反映{1}以加班费、值班费名义违规发放津补贴，共计约{5}万元。"],
        [ProblemType.PublicFundedTravel] = ["反映{1}{2}{0}以考察学习为名组织公款旅游，费用在{4}经费中列支。"],
        [ProblemType.OtherExtravagance] = ["反映{1}{2}{0}长期无偿占用{3}提供的车辆，公车私用。"],
        [ProblemType.DemocraticCentralism] = ["反映{1}{2}{0}搞“一言堂”，{4}等“三重一大”事项未经集体研究即作决定。"],
        [ProblemType.OverQuota] = ["反映{1}领导职数超配，副职配备超出核定职数。"],
        [ProblemType.OverRank] = ["反映{1}违规提高干部职级待遇，超规格配备领导干部。"],
        [ProblemType.UnauthorisedBodiesOrTitles] = ["反映{1}擅自设立内设机构，违规明确干部职级。"],
        [ProblemType.PromotionUnderSuspicion] = ["反映{0}在问题线索尚未了结的情况下被提拔为{1}{2}。"],
        [ProblemType.FileFraud] = ["反映{1}{2}{0}干部档案中出生日期、学历信息存在涂改造假。"],
        [ProblemType.RushPromotion] = ["反映{1}在班子调整前突击提拔、调整干部多名。"],
        [ProblemType.BuyingPosts] = ["反映{1}{2}{0}在干部选拔任用中收受他人财物约{5}万元，为他人职务晋升提供帮助。"],
        [ProblemType.VoteBuying] = ["反映{0}在{6}年{1}换届选举中拉票贿选，向党员群众送钱送物。"],
        [ProblemType.Nepotism] = ["反映{1}{2}{0}任人唯亲，违规安排亲属在本单位及下属单位任职。"],
        [ProblemType.WeakGrassrootsOrganisation] = ["反映{1}党组织软弱涣散，“三会一课”制度长期不落实，组织生活流于形式。"],
        [ProblemType.IdeologyWorkResponsibility] = ["反映{1}意识形态工作责任制落实不到位，对网络舆情处置不力。"],
        [ProblemType.RuleOfLawBuilding] = ["反映{1}法治建设推进不力，重大行政决策未经合法性审查。"],
        [ProblemType.DutyCrime] =
        [
            "反映{1}{2}{0}涉嫌利用职务便利非法收受{3}财物，数额约{5}万元。",
            "反映{1}{2}{0}涉嫌挪用{4}专项资金约{5}万元用于个人投资。",
        ],
        [ProblemType.OtherCrime] = ["反映{3}实际控制人涉嫌串通投标，在{4}中组织围标。"],
        [ProblemType.OrganisedCrime] = ["反映当地涉黑涉恶势力垄断砂石资源，{1}{2}{0}涉嫌充当“保护伞”。"],
        [ProblemType.PersonalDemand] = ["来访人反映其工伤认定诉求长期未得到解决，要求{1}予以处理。"],
        [ProblemType.LitigationComplaint] = ["来信人对{1}作出的行政处罚决定不服，反映相关诉讼案件处理不公。"],
    };

    private static readonly Dictionary<ClueSource, string> SourceEvidence = new()
    {
        [ClueSource.Letter] = "举报信原件1份",
        [ClueSource.Call] = "来电登记记录1份",
        [ClueSource.Visit] = "来访登记表1份",
        [ClueSource.ReportBox] = "举报箱信件1份",
        [ClueSource.Email] = "电子邮件打印件1份",
        [ClueSource.IndividualTalk] = "个别谈话笔录",
        [ClueSource.DemocraticEvaluation] = "民主测评统计表",
        [ClueSource.Questionnaire] = "问卷调查汇总表",
        [ClueSource.PersonalMattersCheck] = "个人有关事项报告核查比对表",
        [ClueSource.FileReview] = "会议记录及财务凭证复印件",
        [ClueSource.UnannouncedVisit] = "明察暗访现场照片",
        [ClueSource.OneLevelDown] = "下沉一级谈话记录",
        [ClueSource.Audit] = "审计报告摘录",
        [ClueSource.OtherSupervision] = "监督检查情况通报",
        [ClueSource.DataComparison] = "工商登记及补贴名册比对结果",
    };

    public static string Summary(ProblemType type, in ClueContext context, SeedRandom random)
    {
        var options = Templates[type];
        var template = options.Length == 1 ? options[0] : options[random.Next(options.Length)];
        return string.Format(
            CultureInfo.InvariantCulture,
            template,
            context.SubjectName,
            context.UnitName,
            context.Title,
            context.CompanyName,
            context.ProjectName,
            context.AmountWan,
            context.Year);
    }

    /// <summary>What came with the clue: the source's own record, plus papers the problem usually brings.</summary>
    public static string[] Evidence(ClueSource source, ProblemType problem)
    {
        var extra = ProblemTaxonomy.GroupOf(problem) switch
        {
            ProblemGroup.SixDisciplines or ProblemGroup.SuspectedCrime => "合同及银行流水复印件",
            ProblemGroup.EightPointRules => "报销凭证复印件",
            ProblemGroup.CadreSelection => "干部任免材料",
            _ => null,
        };
        return extra is null ? [SourceEvidence[source]] : [SourceEvidence[source], extra];
    }
}
