/**
 * The one error vocabulary: stable codes with localised messages, used by the server's problem+json
 * answers and by the web client. `{name}` placeholders are filled from the error's params.
 */
import type { Locale } from './common.ts';

interface ErrorDef {
  status: number;
  zh: string;
  en: string;
}

export const errorCatalogue = {
  'request.malformed_json': {
    status: 400,
    zh: '请求体不是合法的 JSON：{reason}',
    en: 'The request body is not valid JSON: {reason}',
  },
  'request.validation': {
    status: 400,
    zh: '提交的数据有误，请检查标出的字段',
    en: 'Some fields are invalid; see the marked fields',
  },
  'request.unsupported_media_type': {
    status: 415,
    zh: '不支持的内容类型：{type}',
    en: 'Unsupported content type: {type}',
  },
  'request.too_large': { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  'request.invalid_text': {
    status: 400,
    zh: '「{field}」含有不允许的字符（空字符或不完整的 Unicode 字符），请删除后重试',
    en: '"{field}" contains a character that is not allowed (a NUL byte or an incomplete Unicode character)',
  },
  'request.out_of_range': {
    status: 400,
    zh: '「{field}」的值超出允许范围',
    en: 'The value of "{field}" is out of the allowed range',
  },
  'request.bad_url': {
    status: 400,
    zh: '请求地址不合法（含有无法解析的字符）',
    en: 'The request address is malformed',
  },
  'request.url_too_long': {
    status: 414,
    zh: '请求地址中的参数过长',
    en: 'A parameter in the request address is too long',
  },
  'request.malformed_multipart': {
    status: 400,
    zh: '上传的表单格式不正确（multipart 数据不完整或损坏），请重新选择文件上传',
    en: 'The upload form is malformed (incomplete or corrupt multipart data); please upload again',
  },
  'request.too_many_parts': {
    status: 400,
    zh: '上传的表单包含过多的文件或字段：每次只能上传一个文件',
    en: 'The upload form has too many files or fields; upload one file at a time',
  },
  'conflict.concurrent': {
    status: 409,
    zh: '同一数据正被同时修改或已存在，请刷新后重试',
    en: 'The same record was changed or created at the same moment; reload and try again',
  },
  'auth.origin': {
    status: 403,
    zh: '安全校验失败：请求来自其他网站',
    en: 'Security check failed: the request came from another site',
  },
  'request.rate_limited': {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; please try again later',
  },
  'auth.required': { status: 401, zh: '请先登录', en: 'Please log in' },
  'auth.invalid_credentials': { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.locked': {
    status: 423,
    zh: '登录失败次数过多，已暂时锁定，请于 {until} 之后再试',
    en: 'Too many failed logins; locked for now, try again after {until}',
  },
  'auth.disabled': {
    status: 403,
    zh: '账号已停用，请联系管理员',
    en: 'The account is disabled; contact your administrator',
  },
  'auth.session_expired': {
    status: 401,
    zh: '会话已超时，请重新登录',
    en: 'Your session has expired; please log in again',
  },
  'auth.csrf': {
    status: 403,
    zh: '安全校验失败（CSRF），请刷新页面后重试',
    en: 'Security check failed (CSRF); reload the page and try again',
  },
  'auth.wrong_password': { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  'auth.demo_password_forbidden': {
    status: 400,
    zh: '生产环境不允许使用演示密码',
    en: 'The demo password is not allowed in production',
  },
  'auth.password_reused': {
    status: 400,
    zh: '新密码不能与当前密码相同',
    en: 'The new password must differ from the current one',
  },
  forbidden: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  'forbidden.out_of_jurisdiction': {
    status: 403,
    zh: '超出您的管辖范围',
    en: 'This is outside your jurisdiction',
  },
  'forbidden.grant_out_of_scope': {
    status: 403,
    zh: '不能授予超出您管辖范围的角色：{role}',
    en: 'You cannot grant a role beyond your jurisdiction: {role}',
  },
  not_found: { status: 404, zh: '未找到该{entity}', en: '{entity} not found' },
  'transparency.beyond_tree': {
    status: 400,
    zh: '「{field}」为 {value}，超出了范围：该树只有 {treeSize} 条记录，序号应小于 {treeSize}',
    en: '{field} is {value}, outside a tree of {treeSize} entries',
  },
  'transparency.tree_size_unknown': {
    status: 400,
    zh: '「{field}」为 {value}，但本日志目前只有 {size} 条记录',
    en: '{field} is {value} but the log has {size} entries so far',
  },
  'transparency.sizes_order': {
    status: 400,
    zh: '「first」（{first}）不能大于「second」（{second}）：一致性证明只能从较早的树头到较新的树头',
    en: 'first ({first}) must not exceed second ({second}): a consistency proof runs from an older head to a newer one',
  },
  'transparency.not_yet_logged': {
    status: 404,
    zh: '该决定已记录，但尚未纳入已签名的树头；树头约每分钟发布一次，请稍后再试',
    en: 'The decision is recorded but not yet covered by a signed tree head; heads are published about once a minute',
  },
  'conflict.stale_version': {
    status: 409,
    zh: '该记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  'conflict.illegal_transition': {
    status: 409,
    zh: '当前状态下不能执行此操作：{reason}',
    en: 'This action is not allowed in the current state: {reason}',
  },
  'diagnosis.invalid_answers': {
    status: 400,
    zh: '答卷有 {count} 处问题，请检查标出的题目',
    en: 'The answers have {count} problem(s); see the marked questions',
  },
  'diagnosis.pledge_required': {
    status: 400,
    zh: '提交前须勾选真实性承诺（pledge）',
    en: 'Confirm the truthfulness pledge (pledge) before submitting',
  },
  'user.username_taken': {
    status: 409,
    zh: '用户名「{username}」已被使用',
    en: 'The username "{username}" is taken',
  },
  'user.grant_invalid': {
    status: 400,
    zh: '角色「{role}」的授权范围不正确：{reason}',
    en: 'The grant of role "{role}" is invalid: {reason}',
  },
  'organisation.credit_code_invalid': {
    status: 400,
    zh: '统一社会信用代码无效：{reason}',
    en: 'Invalid unified social credit code: {reason}',
  },
  'organisation.credit_code_duplicate': {
    status: 409,
    zh: '统一社会信用代码 {creditCode} 已登记',
    en: 'The credit code {creditCode} is already registered',
  },
  'organisation.authority_level_mismatch': {
    status: 400,
    zh: '主管部门层级与行政区划不符：{reason}',
    en: 'Authority level does not match the region: {reason}',
  },
  'reference.unknown_region': {
    status: 400,
    zh: '未知的行政区划代码：{code}',
    en: 'Unknown region code: {code}',
  },
  'reference.unknown_industry': {
    status: 400,
    zh: '未知的国民经济行业代码：{code}',
    en: 'Unknown industry code: {code}',
  },
  'resource.import_unreadable': {
    status: 400,
    zh: '无法读取导入文件：{reason}',
    en: 'The import file cannot be read: {reason}',
  },
  'resource.import_invalid': {
    status: 400,
    zh: '导入文件有 {count} 处错误，未导入任何数据；请按错误报告修改后重新导入',
    en: 'The import file has {count} errors; nothing was imported. Fix them and import again',
  },
  'resource.import_too_many': {
    status: 400,
    zh: '一次最多导入 {max} 行，请拆分文件',
    en: 'At most {max} rows per import; split the file',
  },
  'resource.access_not_gated': {
    status: 409,
    zh: '该资源无需申请（公开或仅限会员）',
    en: 'This resource needs no access request',
  },
  'resource.access_already_requested': {
    status: 409,
    zh: '您已申请过该资源，请等待运营方审批',
    en: 'You have already requested access to this resource',
  },
  'resource.access_required': {
    status: 403,
    zh: '该资源的附件需申请使用，经运营方批准后方可下载',
    en: 'Request access to this resource; its files can be downloaded once the operator approves',
  },
  'resource.too_many_files': {
    status: 409,
    zh: '每个资源最多上传 {max} 个附件，请先删除不需要的附件',
    en: 'At most {max} files per resource; delete one first',
  },
  'calendar.not_covered': {
    status: 400,
    zh: '{year} 年的节假日安排尚未导入，无法计算工作日',
    en: 'The holiday schedule of {year} is not loaded; working days cannot be computed',
  },
  'calendar.invalid_notice': {
    status: 400,
    zh: '节假日安排文件有误：{reason}',
    en: 'Invalid holiday notice: {reason}',
  },
  'ledger.enterprise_unknown': {
    status: 400,
    zh: '统一社会信用代码 {creditCode} 未在平台登记，请先登记该企业',
    en: 'No organisation with credit code {creditCode} is registered',
  },
  'training.session_full': {
    status: 409,
    zh: '该场次名额已满（共 {seats} 个名额）',
    en: 'The session is full ({seats} seats)',
  },
  'training.session_past': {
    status: 409,
    zh: '该场次已于 {sessionDate} 举办，不能再报名',
    en: 'The session took place on {sessionDate}; registration is closed',
  },
  'training.session_future': {
    status: 409,
    zh: '该场次 {sessionDate} 尚未举办，举办当天起才能登记签到',
    en: 'The session is on {sessionDate}; attendance can be recorded from that day on',
  },
  'training.already_registered': {
    status: 409,
    zh: '已报名该场次，不能重复报名',
    en: 'Already registered for this session',
  },
  'offers.slot_taken': {
    status: 409,
    zh: '该时段已被预约（{startsAt} 至 {endsAt}），请选择其他时段',
    en: 'This slot is already booked ({startsAt} to {endsAt}); choose another',
  },
  'matching.deadline_past': {
    status: 400,
    zh: '截止日期 {deadline} 早于今天，请选择今天或以后的日期',
    en: 'The deadline {deadline} is before today; choose today or a later date',
  },
  'matching.not_candidate': {
    status: 400,
    zh: '资源“{title}”不能邀请：{reason}',
    en: 'Resource "{title}" cannot be invited: {reason}',
  },
  'matching.already_invited': {
    status: 409,
    zh: '已邀请过“{providerName}”对接该需求',
    en: '"{providerName}" has already been invited to this need',
  },
  'federation.cursor_malformed': {
    status: 400,
    zh: '游标格式不正确（after 参数），请使用上一页返回的 next 值',
    en: 'The cursor (after) is malformed; pass the `next` value of the previous page',
  },
  'federation.cursor_expired': {
    status: 410,
    zh: '游标已过期：该位置之前的删除记录已清理（保留 {days} 天），请先获取全量快照（snapshot）',
    en: 'The cursor has expired: deletions before it were purged (kept {days} days); take a snapshot first',
  },
  'federation.cursor_foreign': {
    status: 410,
    zh: '游标不属于本节点的变更流（可能来自其他节点或节点已重建），请先获取全量快照（snapshot）',
    en: 'The cursor belongs to another feed (another node, or this node was rebuilt); take a snapshot first',
  },
  'federation.node_duplicate': {
    status: 409,
    zh: '节点地址 {baseUrl} 已登记',
    en: 'A node with address {baseUrl} is already registered',
  },
  'federation.harvest_running': {
    status: 409,
    zh: '节点“{name}”正在采集中，请等待本次采集结束',
    en: 'A harvest of node "{name}" is already running; wait for it to finish',
  },
  'offers.already_claimed': {
    status: 409,
    zh: '贵单位已于 {claimedOn} 领取过该优惠（每家企业限领一次），可在“我的优惠”中查看',
    en: 'Your organisation already took up this offer on {claimedOn} (once per enterprise); see My offers',
  },
  'offers.wrong_kind': {
    status: 400,
    zh: '该优惠不支持此操作：{reason}',
    en: 'This offer does not support the action: {reason}',
  },
  'import.unreadable': {
    status: 400,
    zh: '无法读取导入文件：{reason}',
    en: 'The import file cannot be read: {reason}',
  },
  'import.rejected': {
    status: 400,
    zh: '导入文件有 {count} 处错误，未导入任何记录',
    en: 'The import file has {count} errors; nothing was imported',
  },
  'application.not_eligible': {
    status: 409,
    zh: '不符合申报条件，不能提交：{reason}',
    en: 'Not eligible; the application cannot be submitted: {reason}',
  },
  'application.duplicate_in_call': {
    status: 409,
    zh: '贵单位在本次申报中已有申报「{name}」，每个牵头单位在同一申报通知下只能有一份有效申报：请继续办理已有申报，或撤回后再新建',
    en: 'Your organisation already has the application "{name}" under this call; a lead unit may have one live application per call: continue that one, or withdraw it first',
  },
  'call.not_open': {
    status: 409,
    zh: '申报通知未发布或不在申报期内',
    en: 'The call is not open for applications',
  },
  'call.pack_without_recognition': {
    status: 400,
    zh: '政策包「{packId}」没有认定程序，不能据此发布申报通知',
    en: 'Policy pack "{packId}" has no recognition process; no call can be issued under it',
  },
  'call.pack_out_of_jurisdiction': {
    status: 403,
    zh: '「{pack}」是{packRegion}的政策，{region}不能据此发布申报通知',
    en: '"{pack}" applies to {packRegion}; {region} cannot issue a call under it',
  },
  'call.target_invalid': {
    status: 400,
    zh: '申报类别不在政策包范围内：{reason}',
    en: 'The level, type, kind or direction is not in the pack: {reason}',
  },
  'file.too_large': {
    status: 413,
    zh: '文件超过 {limit} MB 上限',
    en: 'The file exceeds the {limit} MB limit',
  },
  'file.type_not_allowed': {
    status: 415,
    zh: '文件类型不允许（按内容识别）：仅支持 PDF、PNG、JPEG、DOCX、XLSX、ZIP',
    en: 'File type not allowed (detected from content): PDF, PNG, JPEG, DOCX, XLSX or ZIP only',
  },
  'file.missing': { status: 400, zh: '请选择要上传的文件', en: 'No file was uploaded' },
  'file.unknown': {
    status: 400,
    zh: '引用的文件不存在或不属于本申报：{fileId}',
    en: 'The referenced file does not exist or does not belong to this application: {fileId}',
  },
  'review.job_running': {
    status: 409,
    zh: '本批次已有专家组建议任务在运行，请等待其完成',
    en: 'A panel proposal for this call is already running; wait for it to finish',
  },
  'review.conflict_of_interest': {
    status: 409,
    zh: '该专家与本申报存在利益冲突，不能参与评审：{reason}',
    en: 'The expert has a conflict of interest with this application: {reason}',
  },
  'review.not_in_pool': {
    status: 400,
    zh: '该账号不在本省专家库中或已停用',
    en: "The account is not in this province's expert pool",
  },
  'review.already_on_panel': {
    status: 409,
    zh: '该专家已在本评审组中',
    en: 'The expert is already on this panel',
  },
  'review.not_in_expert_review': {
    status: 409,
    zh: '申报不在专家评审阶段（当前：{state}）',
    en: 'The application is not in expert review (now: {state})',
  },
  'expert.not_expert': {
    status: 404,
    zh: '该账号不是专家',
    en: 'This account is not an expert',
  },
  'expert.fields_required': {
    status: 400,
    zh: '「评审领域」至少选择一项（技术、产业、管理、财务），专家才能进入专家库',
    en: 'Choose at least one review field (technology, industry, management, finance) so the expert enters the pool',
  },
  'expert.employment_ended': {
    status: 409,
    zh: '该任职经历已于 {toDate} 结束',
    en: 'This employment already ended on {toDate}',
  },
  'expert.date_invalid': {
    status: 400,
    zh: '「结束日期」{reason}',
    en: 'End date: {reasonEn}',
  },
  'expert.import_invalid': {
    status: 400,
    zh: '导入文件有 {count} 处错误，未导入任何专家；请按错误报告修改后重新导入',
    en: 'The import file has {count} errors; no expert was imported. Fix them and import again',
  },
  'expert.import_too_many': {
    status: 400,
    zh: '一次最多导入 {max} 位专家，请拆分文件',
    en: 'At most {max} experts per import; split the file',
  },
  'review.panel_short': {
    status: 409,
    zh: '评审组有效专家 {active} 人，少于要求的 {needed} 人：请在「评审专家」中从专家库增补专家或点击「按规则补足」，专家库缺人时先到「专家库」增补或将专家标记为可用',
    en: 'The panel has {active} active experts; {needed} are required: add one from the pool under Members or fill by the rules; if the pool lacks one, add an expert to the pool or mark one available',
  },
  'review.scores_invalid': {
    status: 400,
    zh: '评分表有误，请检查标出的项目',
    en: 'The score sheet has errors; see the marked items',
  },
  'review.stale_sheet': {
    status: 409,
    zh: '评分表已在别处保存过（第 {current} 版），请刷新后再保存',
    en: 'The sheet was saved elsewhere (version {current}); reload before saving',
  },
  'review.materials_closed': {
    status: 403,
    zh: '不能查阅申报材料：{reason}',
    en: 'Cannot read the materials: {reasonEn}',
  },
  'review.not_complete': {
    status: 409,
    zh: '专家评审尚未完成：{reason}',
    en: 'The expert review is not complete: {reason}',
  },
  'publicity.window_required': {
    status: 400,
    zh: '该政策包（{packId}）未规定公示期天数，请填写公示截止日期',
    en: 'The pack ({packId}) states no publicity length; set the last day of publicity',
  },
  'publicity.window_invalid': {
    status: 400,
    zh: '公示截止日期（{endsOn}）不能早于开始日期（{startsOn}）',
    en: 'The last day of publicity ({endsOn}) cannot be before its first day ({startsOn})',
  },
  'publicity.window_fixed_by_pack': {
    status: 400,
    zh: '政策包规定公示期为 {days} 个工作日（截至 {endsOn}），截止日期由系统计算，无需填写',
    en: 'The pack sets the publicity to {days} working days (until {endsOn}); the last day is computed',
  },
  'publicity.start_in_past': {
    status: 400,
    zh: '公示开始日期不能早于今天（{today}）',
    en: 'Publicity cannot start before today ({today})',
  },
  'publicity.application_not_in_call': {
    status: 400,
    zh: '申报不属于该申报通知，或不在本机关管辖范围内',
    en: 'An application is not in this call or not in your jurisdiction',
  },
  'publicity.closed': {
    status: 409,
    zh: '公示期已于 {endsOn} 结束，不再受理异议',
    en: 'The publicity period ended on {endsOn}; objections are no longer accepted',
  },
  'publicity.not_started': {
    status: 409,
    zh: '公示将于 {startsOn} 开始，届时方可提出异议',
    en: 'Publicity starts on {startsOn}; objections are accepted from then',
  },
  'publicity.not_listed': {
    status: 409,
    zh: '该项目已不在公示名单中',
    en: 'This project is no longer on the publicity list',
  },
  'objection.too_many_files': {
    status: 400,
    zh: '附件最多 {max} 个',
    en: 'At most {max} attachments',
  },
  'objection.file_too_large': {
    status: 413,
    zh: '附件超过 {limit} MB 上限',
    en: 'An attachment exceeds the {limit} MB limit',
  },
  'objection.file_type': {
    status: 415,
    zh: '附件类型不允许（按内容识别）：仅支持 PDF、PNG、JPEG',
    en: 'Attachment type not allowed (detected from content): PDF, PNG or JPEG only',
  },
  'objection.already_resolved': {
    status: 409,
    zh: '该异议已处理，不能重复处理',
    en: 'This objection has already been resolved',
  },
  'revocation.unknown_ground': {
    status: 400,
    zh: '该促进中心适用的政策中没有此撤销情形：{ground}',
    en: "The center's policy pack has no such revocation ground: {ground}",
  },
  'revocation.already_open': {
    status: 409,
    zh: '该促进中心已有待决定的撤销程序',
    en: 'The center already has a revocation awaiting decision',
  },
  'revocation.center_not_recognised': {
    status: 409,
    zh: '只有已认定的促进中心才能撤销',
    en: 'Only a recognised center can be revoked',
  },
  'revocation.evidence_required': {
    status: 409,
    zh: '依据人工认定的撤销情形撤销前，须上传至少一份证据材料',
    en: 'Upload at least one evidence file before revoking on a manual ground',
  },
  'change_filing.no_rule': {
    status: 409,
    zh: '该促进中心适用的政策没有变更备案规定',
    en: "The center's policy pack has no change-filing rule",
  },
  'management.future_date': {
    status: 400,
    zh: '日期不能晚于今天',
    en: 'The date cannot be in the future',
  },
  'management.date_too_early': {
    status: 400,
    zh: '决定日期早于所决定的事项',
    en: 'The decision date is before the matter it decides',
  },
  'recommendation.not_eligible': {
    status: 409,
    zh: '不能推荐：{reason}',
    en: 'Cannot recommend: {reasonEn}',
  },
  'recommendation.duplicate': {
    status: 409,
    zh: '该促进中心本年度已被推荐',
    en: 'The center has already been recommended for this year',
  },
  'annual_report.year_not_reportable': {
    status: 400,
    zh: '只能报送认定当年及以后、且已结束年度的工作情况报告：{year}',
    en: 'A report can only cover a finished year from the year of recognition on: {year}',
  },
  'annual_report.unknown_metric': {
    status: 400,
    zh: '指标目录中没有此指标：{metric}',
    en: 'No such metric in the catalogue: {metric}',
  },
  'annual_report.already_submitted': {
    status: 409,
    zh: '年度工作情况报告已报送，不能再修改',
    en: 'The annual report has been submitted and can no longer be changed',
  },
  'evaluation.not_recognised': {
    status: 409,
    zh: '只有已认定的促进中心才能开展年度评价',
    en: 'Only a recognised center can be evaluated',
  },
  'evaluation.no_cycle': {
    status: 409,
    zh: '该促进中心适用的政策没有年度评价规定',
    en: "The center's policy pack defines no annual evaluation",
  },
  'evaluation.too_early': {
    status: 409,
    zh: '从认定次年起开展评价：该中心最早评价 {firstYear} 年度（{ref}）',
    en: 'Evaluation starts the year after recognition: the first year for this center is {firstYear} ({ref})',
  },
  'evaluation.year_not_over': {
    status: 409,
    zh: '{year} 年度尚未结束，不能评价',
    en: 'The year {year} is not over yet',
  },
  'evaluation.already_open': {
    status: 409,
    zh: '该促进中心 {year} 年度评价已开启',
    en: 'The {year} evaluation of this center is already open',
  },
  'evaluation.not_your_step': {
    status: 403,
    zh: '当前环节由{role}办理',
    en: 'This step is for the {roleEn}',
  },
  'evaluation.rating_invalid': {
    status: 400,
    zh: '评价结果不在该政策的等级范围内：{rating}',
    en: "The rating is not on the pack's scale: {rating}",
  },
  internal: {
    status: 500,
    zh: '服务器内部错误，请稍后再试',
    en: 'Internal server error; please try again later',
  },
} as const satisfies Record<string, ErrorDef>;

export type ErrorCode = keyof typeof errorCatalogue;

/** Entity names used in `not_found` messages. */
export const entityNames: Record<string, { zh: string; en: string }> = {
  user: { zh: '账号', en: 'Account' },
  decision_notice: { zh: '决定书', en: 'Decision notice' },
  federation_node: { zh: '联网节点', en: 'Network node' },
  organisation: { zh: '机构', en: 'Organisation' },
  region: { zh: '行政区划', en: 'Region' },
  target: { zh: '目标', en: 'Target' },
  monitoring_series: { zh: '监测序列', en: 'Monitoring series' },
  risk_warning: { zh: '风险预警', en: 'Risk warning' },
  audit: { zh: '审计记录', en: 'Audit record' },
  route: { zh: '页面或接口', en: 'Route' },
  center: { zh: '促进中心', en: 'Center' },
  policy_pack: { zh: '政策包', en: 'Policy pack' },
  publicity_notice: { zh: '公示', en: 'Publicity notice' },
  objection: { zh: '异议', en: 'Objection' },
  notification: { zh: '消息', en: 'Notification' },
  expert: { zh: '专家', en: 'Expert' },
  review_panel: { zh: '评审组', en: 'Review panel' },
  review_task: { zh: '评审任务', en: 'Review task' },
  review_job: { zh: '专家组建议任务', en: 'Panel proposal job' },
  call: { zh: '申报通知', en: 'Call' },
  application: { zh: '申报', en: 'Application' },
  application_version: { zh: '申报版本', en: 'Application version' },
  file: { zh: '文件', en: 'File' },
  cultivation_entry: { zh: '培育情况记录', en: 'Cultivation report entry' },
  resource: { zh: '资源', en: 'Resource' },
  resource_access_request: { zh: '资源使用申请', en: 'Access request' },
  import_job: { zh: '导入任务', en: 'Import job' },
  service_record: { zh: '服务台账记录', en: 'Service record' },
  course: { zh: '课程', en: 'Course' },
  course_session: { zh: '培训场次', en: 'Session' },
  registration: { zh: '报名', en: 'Registration' },
  center_event: { zh: '活动', en: 'Event' },
  sme_offer: { zh: '惠企服务', en: 'Offer' },
  offer_claim: { zh: '试用/优惠申领', en: 'Claim' },
  booking: { zh: '预约', en: 'Booking' },
  financing_need: { zh: '融资需求', en: 'Financing need' },
  finance_product: { zh: '金融产品', en: 'Financial product' },
  finance_match: { zh: '产融对接', en: 'Finance match' },
  demand: { zh: '需求', en: 'Need' },
  demand_invitation: { zh: '对接邀请', en: 'Invitation' },
  annual_report: { zh: '年度工作情况报告', en: 'Annual report' },
  evaluation: { zh: '年度评价', en: 'Annual evaluation' },
  revocation: { zh: '撤销程序', en: 'Revocation' },
  change_filing: { zh: '变更备案', en: 'Change filing' },
  recommendation: { zh: '推荐', en: 'Recommendation' },
  diagnosis_model: { zh: '评测模型', en: 'Diagnosis model' },
  assessment: { zh: '评测', en: 'Assessment' },
  audit_checkpoint: { zh: '审计检查点', en: 'Audit checkpoint' },
  tree_head: { zh: '签名树头', en: 'Signed tree head' },
  log_entry: { zh: '日志条目', en: 'Log entry' },
  decision: { zh: '已公开的决定', en: 'Published decision' },
};

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) =>
    key in params ? String(params[key]) : `{${key}}`,
  );
}

function isLocalised(value: unknown): value is { zh: string; en: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { zh?: unknown }).zh === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}

/** The localised message of an error code. */
export function errorMessage(code: ErrorCode, locale: Locale, params: Record<string, unknown> = {}): string {
  const def = errorCatalogue[code];
  // A parameter given in both languages ({ zh, en }) is shown in the reader's.
  const localisedParams = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [
      key,
      isLocalised(value) ? value[locale === 'en' ? 'en' : 'zh'] : value,
    ]),
  );
  if (code === 'not_found' && typeof params.entity === 'string') {
    const names = entityNames[params.entity];
    localisedParams.entity = names ? (locale === 'en' ? names.en : names.zh) : params.entity;
  }
  return formatMessage(locale === 'en' ? def.en : def.zh, localisedParams);
}
