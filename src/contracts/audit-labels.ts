/**
 * Readable names of audit actions (`<entity>.<verb>`) and target types. Auditors read the log in Chinese;
 * the stable code stays beside the label so filters and exports remain exact.
 */
import { applicationActionLabels } from '../domain/workflow/application.ts';
import { entityNames } from './errors.ts';

type Locale = 'zh-CN' | 'en';
type Names = { zh: string; en: string };

/** Entities whose audit prefix differs from the error vocabulary's entity key. */
const extraEntities: Record<string, Names> = {
  auth: { zh: '登录与口令', en: 'Sign-in' },
  login_name: { zh: '登录名（非账号）', en: 'Login name (no account)' },
  review: { zh: '专家评审', en: 'Expert review' },
  directory: { zh: '名录', en: 'Directory' },
  target_actual: { zh: '目标实际值', en: 'Target actual value' },
  monitoring: { zh: '产业监测', en: 'Monitoring' },
  publicity: { zh: '公示', en: 'Publicity' },
  course_registration: { zh: '培训报名', en: 'Course registration' },
  course_attendance: { zh: '培训签到', en: 'Attendance' },
  contest_team: { zh: '竞赛队伍', en: 'Contest team' },
  event_agreement: { zh: '对接成果', en: 'Event agreement' },
  industry_education_agreement: { zh: '产教融合协议', en: 'Industry–education agreement' },
  offer_booking: { zh: '共享预约', en: 'Booking' },
  center_evaluation: { zh: '年度评价', en: 'Annual evaluation' },
  calendar_year: { zh: '工作日历', en: 'Working calendar' },
  calendar: { zh: '工作日历', en: 'Working calendar' },
  cultivation: { zh: '培育情况表', en: 'Cultivation report' },
  search_thesaurus: { zh: '检索同义词表', en: 'Search thesaurus' },
};

/** Verbs used after the dot; kept general so new actions of an existing kind read well at once. */
const verbs: Record<string, Names> = {
  create: { zh: '新建', en: 'created' },
  register: { zh: '登记', en: 'registered' },
  update: { zh: '修改', en: 'updated' },
  delete: { zh: '删除', en: 'deleted' },
  submit: { zh: '提交', en: 'submitted' },
  file: { zh: '提交', en: 'filed' },
  attach: { zh: '上传附件', en: 'attachment added' },
  attach_evidence: { zh: '上传证据材料', en: 'evidence added' },
  attach_file: { zh: '上传文件', en: 'file added' },
  remove_file: { zh: '删除文件', en: 'file removed' },
  import: { zh: '批量导入', en: 'imported' },
  decide: { zh: '作出决定', en: 'decided' },
  open: { zh: '启动', en: 'opened' },
  publish: { zh: '公开发布', en: 'published' },
  review: { zh: '审核', en: 'reviewed' },
  propose: { zh: '提出建议', en: 'proposed' },
  withdraw: { zh: '撤回', en: 'withdrawn' },
  cancel: { zh: '取消', en: 'cancelled' },
  record: { zh: '记录', en: 'recorded' },
  refresh: { zh: '刷新并生成预警', en: 'refreshed, warnings raised' },
  acknowledge: { zh: '确认收到', en: 'acknowledged' },
  comment: { zh: '发表意见', en: 'commented' },
  resolve: { zh: '处理完毕并关闭', en: 'resolved and closed' },
  save: { zh: '保存草稿', en: 'draft saved' },
  accept: { zh: '接受', en: 'accepted' },
  decline: { zh: '谢绝', en: 'declined' },
  announce: { zh: '公告', en: 'announced' },
  enter: { zh: '列入名录', en: 'entered in the directory' },
  rename: { zh: '更名', en: 'renamed' },
  change_status: { zh: '变更状态', en: 'status changed' },
  login: { zh: '登录成功', en: 'signed in' },
  login_failed: { zh: '登录失败', en: 'sign-in failed' },
  lockout: { zh: '登录暂时锁定', en: 'sign-in locked for now' },
  import_year: { zh: '导入年度节假日安排', en: 'year imported' },
  replace_year: { zh: '更新年度节假日安排', en: 'year replaced' },
  accepted: { zh: '接受邀请', en: 'invitation accepted' },
  declined: { zh: '谢绝邀请', en: 'invitation declined' },
  draft_saved: { zh: '暂存评分', en: 'scores saved as draft' },
  submitted: { zh: '提交评分', en: 'scores submitted' },
  change_password: { zh: '修改口令', en: 'password changed' },
  reset_password: { zh: '重置口令', en: 'password reset' },
  preferences: { zh: '修改个人设置', en: 'preferences changed' },
  settings: { zh: '修改通知设置', en: 'settings changed' },
  unlock: { zh: '解除锁定', en: 'unlocked' },
  access_request: { zh: '申请使用', en: 'access requested' },
  access_decision: { zh: '审批使用申请', en: 'access decided' },
  adoption: { zh: '登记复用/部署', en: 'adoption recorded' },
  purchase: { zh: '试用转购买', en: 'purchased after trial' },
  confirm: { zh: '确认', en: 'confirmed' },
  confirmed: { zh: '确认', en: 'confirmed' },
  dispute: { zh: '提出异议', en: 'disputed' },
  disputed: { zh: '提出异议', en: 'disputed' },
  return: { zh: '退回', en: 'returned' },
  returned: { zh: '退回', en: 'returned' },
  uphold: { zh: '异议成立', en: 'upheld' },
  dismiss: { zh: '异议不成立', en: 'dismissed' },
  revoke: { zh: '撤销', en: 'revoked' },
  revoked: { zh: '撤销', en: 'revoked' },
  approve: { zh: '同意', en: 'approved' },
  approved: { zh: '同意', en: 'approved' },
  reject: { zh: '不同意', en: 'rejected' },
  rejected: { zh: '不同意', en: 'rejected' },
  closed: { zh: '终止', en: 'closed' },
  close: { zh: '终止', en: 'closed' },
  succeeded: { zh: '对接成功', en: 'succeeded' },
  agreement: { zh: '登记达成合作', en: 'agreement recorded' },
  failed: { zh: '对接未成功', en: 'failed' },
  overdue_notified: { zh: '逾期提醒', en: 'overdue reminder sent' },
  add_material: { zh: '上传申报材料', en: 'material added' },
  remove_material: { zh: '删除申报材料', en: 'material removed' },
  set_members: { zh: '设置联合申报单位', en: 'consortium members set' },
  upload_attachment: { zh: '上传附件', en: 'attachment uploaded' },
  member_added: { zh: '增补评审专家', en: 'expert added to panel' },
  member_removed: { zh: '移出评审专家', en: 'expert removed from panel' },
  evidence_values: { zh: '核定佐证数值', en: 'evidence values entered' },
  reassigned: { zh: '改派评审任务', en: 'task reassigned' },
  completed: { zh: '完成评审', en: 'review completed' },
  employment_added: { zh: '登记任职经历', en: 'employment added' },
  employment_removed: { zh: '删除任职经历', en: 'employment removed' },
  employment_ended: { zh: '登记离职', en: 'employment ended' },
  profile_created: { zh: '建立专家库档案', en: 'pool profile created' },
  avoidance_requested: { zh: '申请回避', en: 'avoidance requested' },
  conflict_declared: { zh: '声明利益冲突', en: 'conflict declared' },
  invited: { zh: '邀请评审专家', en: 'experts invited' },
  panels_proposed: { zh: '生成专家组建议', en: 'panels proposed' },
  defense_recorded: { zh: '记录答辩', en: 'defense recorded' },
  site_visit_recorded: { zh: '记录现场考察', en: 'site visit recorded' },
  materials_viewed: { zh: '查阅申报材料', en: 'materials viewed' },
  material_opened: { zh: '打开申报材料', en: 'material opened' },
};

function pick(names: Names, locale: Locale): string {
  return locale === 'en' ? names.en : names.zh;
}

/** The readable name of an audited target type (falls back to the code). */
export function auditTargetLabel(targetType: string, locale: Locale = 'zh-CN'): string {
  const names = entityNames[targetType] ?? extraEntities[targetType];
  return names ? pick(names, locale) : targetType;
}

/**
 * The readable name of an audit action, e.g. `application.recommend` → 申报 · 推荐报省. Unknown parts are
 * shown as their code, so a new action is never hidden.
 */
export function auditActionLabel(action: string, locale: Locale = 'zh-CN'): string {
  const dot = action.indexOf('.');
  if (dot < 0) {
    return verbs[action] ? pick(verbs[action], locale) : action;
  }
  const entity = action.slice(0, dot);
  const verb = action.slice(dot + 1);
  const entityLabel = auditTargetLabel(entity, locale);
  const workflow = entity === 'application' ? applicationActionLabels[verb as never] : undefined;
  const verbNames: Names | undefined = workflow ?? verbs[verb];
  const verbLabel = verbNames ? pick(verbNames, locale) : verb;
  return locale === 'en' ? `${entityLabel}: ${verbLabel}` : `${entityLabel} · ${verbLabel}`;
}

/** Whether every part of the action has a name (used by the completeness test). */
export function auditActionKnown(action: string): boolean {
  const dot = action.indexOf('.');
  if (dot < 0) {
    return action in verbs;
  }
  const entity = action.slice(0, dot);
  const verb = action.slice(dot + 1);
  const entityKnown = entity in entityNames || entity in extraEntities;
  const verbKnown = verb in verbs || (entity === 'application' && verb in applicationActionLabels);
  return entityKnown && verbKnown;
}
