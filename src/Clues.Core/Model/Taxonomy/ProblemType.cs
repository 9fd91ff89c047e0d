namespace Clues.Core.Model.Taxonomy;

/// <summary>
/// The problem a clue alleges (问题类型), from the taxonomy in the domain brief. The group of each
/// member is given by <see cref="ProblemTaxonomy.GroupOf"/>; its Chinese label by <see cref="ProblemTaxonomy.LabelOf"/>.
/// </summary>
public enum ProblemType
{
    /// <summary>违反政治纪律</summary>
    [Label("违反政治纪律")]
    PoliticalDiscipline = 1,
    /// <summary>违反组织纪律</summary>
    [Label("违反组织纪律")]
    OrganisationalDiscipline,
    /// <summary>违反廉洁纪律</summary>
    [Label("违反廉洁纪律")]
    IntegrityDiscipline,
    /// <summary>违反群众纪律</summary>
    [Label("违反群众纪律")]
    MassDiscipline,
    /// <summary>违反工作纪律</summary>
    [Label("违反工作纪律")]
    WorkDiscipline,
    /// <summary>违反生活纪律</summary>
    [Label("违反生活纪律")]
    LifeDiscipline,
    /// <summary>形式主义、官僚主义</summary>
    [Label("形式主义、官僚主义")]
    FormalismBureaucratism,
    /// <summary>享乐主义、奢靡之风：违规收送礼品礼金</summary>
    [Label("享乐主义、奢靡之风：违规收送礼品礼金")]
    GiftsAndCash,
    /// <summary>违规吃喝</summary>
    [Label("违规吃喝")]
    ImproperDining,
    /// <summary>大操大办婚丧喜庆</summary>
    [Label("大操大办婚丧喜庆")]
    LavishWeddingsFunerals,
    /// <summary>违规发放津补贴</summary>
    [Label("违规发放津补贴")]
    Allowances,
    /// <summary>公款旅游</summary>
    [Label("公款旅游")]
    PublicFundedTravel,
    /// <summary>其他享乐奢靡问题</summary>
    [Label("其他享乐奢靡问题")]
    OtherExtravagance,
    /// <summary>违反民主集中制</summary>
    [Label("违反民主集中制")]
    DemocraticCentralism,
    /// <summary>超职数配备</summary>
    [Label("超职数配备")]
    OverQuota,
    /// <summary>超规格配备</summary>
    [Label("超规格配备")]
    OverRank,
    /// <summary>擅自设置机构、违规明确干部职级（“三超两乱”）</summary>
    [Label("擅自设置机构、违规明确干部职级（“三超两乱”）")]
    UnauthorisedBodiesOrTitles,
    /// <summary>带病提拔</summary>
    [Label("带病提拔")]
    PromotionUnderSuspicion,
    /// <summary>档案造假</summary>
    [Label("档案造假")]
    FileFraud,
    /// <summary>突击提拔</summary>
    [Label("突击提拔")]
    RushPromotion,
    /// <summary>买官卖官</summary>
    [Label("买官卖官")]
    BuyingPosts,
    /// <summary>拉票贿选</summary>
    [Label("拉票贿选")]
    VoteBuying,
    /// <summary>任人唯亲</summary>
    [Label("任人唯亲")]
    Nepotism,
    /// <summary>基层党组织软弱涣散</summary>
    [Label("基层党组织软弱涣散")]
    WeakGrassrootsOrganisation,
    /// <summary>意识形态工作责任制落实不到位</summary>
    [Label("意识形态工作责任制落实不到位")]
    IdeologyWorkResponsibility,
    /// <summary>法治建设问题</summary>
    [Label("法治建设问题")]
    RuleOfLawBuilding,
    /// <summary>公职人员涉嫌职务违法犯罪</summary>
    [Label("公职人员涉嫌职务违法犯罪")]
    DutyCrime,
    /// <summary>其他涉嫌违法犯罪</summary>
    [Label("其他涉嫌违法犯罪")]
    OtherCrime,
    /// <summary>涉黑涉恶及“保护伞”</summary>
    [Label("涉黑涉恶及“保护伞”")]
    OrganisedCrime,
    /// <summary>个人诉求</summary>
    [Label("个人诉求")]
    PersonalDemand,
    /// <summary>涉法涉诉</summary>
    [Label("涉法涉诉")]
    LitigationComplaint,
}
