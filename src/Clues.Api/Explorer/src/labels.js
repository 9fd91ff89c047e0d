// Chinese display names and drawing styles for node kinds and relationship types. The keys are the API's
// enum names (NodeKind, RelationshipType in schema/clues.graphql); unknown keys fall back to the raw name,
// so a kind or type added to the schema later still shows up, just without a translation.

/** Node kinds: Chinese label, fill colour and cytoscape shape. */
export const NODE_KINDS = {
  PERSON: { label: '人员', color: '#d94f4f', shape: 'ellipse' },
  UNIT: { label: '单位', color: '#3b6fb6', shape: 'round-rectangle' },
  POSITION: { label: '职务', color: '#7e9bc9', shape: 'round-tag' },
  COMPANY: { label: '企业', color: '#e08a1e', shape: 'hexagon' },
  PROJECT: { label: '项目', color: '#2c9c8f', shape: 'diamond' },
  FUND: { label: '资金', color: '#c9a400', shape: 'octagon' },
  PAYMENT: { label: '支付', color: '#9a7b2f', shape: 'tag' },
  CLUE: { label: '问题线索', color: '#8e44ad', shape: 'star' },
  INSPECTION_ROUND: { label: '巡察轮次', color: '#5d6d7e', shape: 'barrel' },
  INSPECTION_GROUP: { label: '巡察组', color: '#7f8c8d', shape: 'pentagon' },
  BODY: { label: '受理机关', color: '#1e8449', shape: 'rhomboid' },
  JURISDICTION: { label: '行政区划', color: '#95a5a6', shape: 'vee' },
};

const FALLBACK_KIND = { label: '其他', color: '#aab2bd', shape: 'ellipse' };

export function kindInfo(kind) {
  return NODE_KINDS[kind] ?? { ...FALLBACK_KIND, label: kind || FALLBACK_KIND.label };
}

/** Relationship types in Chinese, as the schema's descriptions name them. */
export const RELATIONSHIP_TYPES = {
  HOLDS: '任职',
  POSITION_IN: '职务所属',
  RELATIVE_OF: '亲属',
  ASSOCIATE_OF: '社会关系',
  SUBORDINATE_TO: '隶属',
  PART_OF: '下级区划',
  IN_JURISDICTION: '属地',
  LEGAL_REPRESENTATIVE_OF: '法定代表人',
  SHAREHOLDER_OF: '股东',
  OWNS_PROJECT: '建设单位',
  CONTRACTED: '中标承建',
  MANAGES_FUND: '管理资金',
  PAID_FROM: '付款方',
  PAID_TO: '收款方',
  PAYMENT_FOR: '付款用途',
  CONCERNS: '反映对象',
  FOUND_IN: '发现轮次',
  COLLECTED_BY: '收集巡察组',
  GROUP_OF: '所属轮次',
  INSPECTS: '被巡察',
  HANDED_TO: '移交',
};

export function relationshipLabel(type) {
  return RELATIONSHIP_TYPES[type] ?? type;
}

/** Property names in Chinese for the side panel; others show as they come. */
export const PROPERTY_LABELS = {
  id: '标识',
  __typename: '类型',
  name: '名称',
  gender: '性别',
  birthDate: '出生日期',
  managementLevel: '干部管理权限',
  politicalStatus: '政治面貌',
  isCadre: '是否干部',
  creditCode: '统一社会信用代码',
  legalRepresentative: '法定代表人',
  registeredCapital: '注册资本（元）',
  establishedOn: '成立日期',
  code: '线索编号',
  source: '线索来源',
  receivedOn: '受理日期',
  summary: '问题摘要',
  status: '办理状态',
  hasSealedReporter: '实名举报（已密封）',
  nationalIdMasked: '身份证号码（脱敏）',
  kind: '类别',
  title: '职务名称',
  rank: '职级',
  leadingTeamMember: '班子成员',
  start: '开始日期',
  end: '结束日期',
  budget: '预算（元）',
  amount: '金额（元）',
  year: '年度',
  paidOn: '支付日期',
  purpose: '用途',
  voucherNo: '凭证号',
  problems: '问题类型',
  committee: '届次',
  number: '序号',
  level: '层级',
  leaderName: '组长',
  degree: '关系数',
  omittedNeighbors: '未展开邻居',
  type: '关系类型',
  validFrom: '起始日期',
  validTo: '终止日期',
};
