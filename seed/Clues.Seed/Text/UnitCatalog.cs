namespace Clues.Seed.Text;

/// <summary>
/// Word lists for units. The order matters: presets take the first N entries, and the departments the
/// scenarios live in (住建, 交通, 农业农村) come first so they exist in every preset.
/// </summary>
internal static class UnitCatalog
{
    public static readonly DepartmentTemplate[] Departments =
    [
        new("fgw", "发展和改革委员会", "主任", "发展和改革局", "局长"),
        new("zj", "住房和城乡建设局", "局长", "住房和城乡建设局", "局长"),
        new("jt", "交通运输局", "局长", "交通运输局", "局长"),
        new("ny", "农业农村局", "局长", "农业农村局", "局长"),
        new("cz", "财政局", "局长", "财政局", "局长"),
        new("jy", "教育局", "局长", "教育局", "局长"),
        new("mz", "民政局", "局长", "民政局", "局长"),
        new("wj", "卫生健康委员会", "主任", "卫生健康局", "局长"),
        new("sl", "水利局", "局长", "水利局", "局长"),
        new("zr", "自然资源和规划局", "局长", "自然资源局", "局长"),
        new("rs", "人力资源和社会保障局", "局长", "人力资源和社会保障局", "局长"),
        new("scjg", "市场监督管理局", "局长", "市场监督管理局", "局长"),
        new("xczx", "乡村振兴局", "局长", "乡村振兴局", "局长"),
        new("gx", "工业和信息化局", "局长", "工业和信息化局", "局长"),
        new("st", "生态环境局", "局长", "生态环境分局", "局长"),
        new("gzw", "国有资产监督管理委员会", "主任", "国有资产事务中心", "主任"),
        new("sf", "司法局", "局长", "司法局", "局长"),
        new("sw", "商务局", "局长", "商务局", "局长"),
        new("wl", "文化旅游广电体育局", "局长", "文化旅游广电体育局", "局长"),
        new("yj", "应急管理局", "局长", "应急管理局", "局长"),
        new("sj", "审计局", "局长", "审计局", "局长"),
        new("yb", "医疗保障局", "局长", "医疗保障局", "局长"),
        new("cg", "城市管理综合执法局", "局长", "城市管理和综合执法局", "局长"),
        new("ly", "林业局", "局长", "林业局", "局长"),
        new("tj", "统计局", "局长", "统计局", "局长"),
        new("tyjr", "退役军人事务局", "局长", "退役军人事务局", "局长"),
        new("xzsp", "行政审批服务局", "局长", "行政审批服务局", "局长"),
        new("jgsw", "机关事务管理局", "局长", "机关事务服务中心", "主任"),
        new("sjzy", "数据资源管理局", "局长", "数据资源管理局", "局长"),
        new("kj", "科学技术局", "局长", "科学技术局", "局长"),
        new("gxs", "供销合作社联合社", "主任", "供销合作社联合社", "主任"),
        new("zgh", "总工会", "主席", "总工会", "主席"),
        new("fl", "妇女联合会", "主席", "妇女联合会", "主席"),
    ];

    public static readonly string[] CityStateFirms =
    [
        "城市建设投资集团有限公司", "交通建设投资集团有限公司", "水务集团有限公司", "国有资本运营有限公司",
        "文化旅游投资集团有限公司", "公共交通集团有限公司", "农业发展投资有限公司", "产业投资集团有限公司",
    ];

    public static readonly string[] CountyStateFirms =
    [
        "城市建设投资有限公司", "国有资产经营有限公司", "水利投资开发有限公司", "交通建设投资有限公司",
    ];

    public static readonly InstitutionTemplate[] CityInstitutions =
    [
        new("第一人民医院", "院长", "wj", "主治医师"),
        new("第一中学", "校长", "jy", "教师"),
        new("公共资源交易中心", "主任", "fgw", "工作人员"),
        new("疾病预防控制中心", "主任", "wj", "工作人员"),
        new("中医医院", "院长", "wj", "医师"),
        new("城乡规划设计院", "院长", "zr", "工程师"),
        new("广播电视台", "台长", "wl", "记者"),
        new("职业技术学院", "院长", "jy", "教师"),
    ];

    public static readonly InstitutionTemplate[] CountyInstitutions =
    [
        new("人民医院", "院长", "wj", "医师"),
        new("第一中学", "校长", "jy", "教师"),
        new("公共资源交易中心", "主任", "fgw", "工作人员"),
        new("疾病预防控制中心", "主任", "wj", "工作人员"),
        new("职业中等专业学校", "校长", "jy", "教师"),
    ];

    /// <summary>Sections of a city department (科) and of a county department (股, same stems).</summary>
    public static readonly string[] SectionStems =
    [
        "计划财务", "政策法规", "人事", "综合", "项目管理", "监督检查", "行政审批", "安全监管", "规划建设", "信息化", "产业发展", "考核评估",
    ];

    public static readonly string[] FirmDepartments = ["综合管理部", "财务部", "工程管理部", "投资发展部", "审计法务部", "招标采购部", "资产运营部"];

    /// <summary>Where village-level units sit: in a county, villages (村); in a district, communities (社区).</summary>
    public static string VillageSuffix(bool district) => district ? "社区" : "村";
}
