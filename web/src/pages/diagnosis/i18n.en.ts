/** Diagnosis strings (English). */
import type zh from './i18n.zh-cn.ts';

const diagnosis: typeof zh = {
  tab: 'Digital diagnosis',
  title: 'Digital maturity self-assessment',
  intro:
    'Answer item by item following the MIIT SME digital maturity indicators. Save a draft at any time and come back later; a truthfulness pledge is required before submitting.',
  start: 'Start self-assessment',
  continue: 'Continue',
  view: 'View report',
  myAssessments: 'My assessments',
  empty: 'No assessment yet',
  status: { draft: 'Draft', submitted: 'Submitted' },
  columns: { model: 'Model', status: 'Status', score: 'Score', level: 'Level', updatedAt: 'Updated' },
  points: '{{points}} points',
  ratePlaceholder: 'Percentage',
  scenarios: 'Business scenarios',
  scenariosHelp: 'For each business scenario choose the description that fits your enterprise today',
  levelN: 'Level {{level}}',
  save: 'Save draft',
  saved: 'Draft saved',
  pledge:
    'We declare that the information is true, accurate and complete, accept verification, and bear responsibility for anything untrue.',
  submit: 'Pledge and submit',
  submitted: 'Assessment submitted',
  pledgeRequired: 'Tick the truthfulness pledge first',
  fixErrors: 'Some answers need changes; see the questions marked in red',
  progress: '{{answered}} of {{total}} answered',
  report: {
    title: 'Digital maturity assessment report',
    total: 'Total score',
    level: 'Level',
    belowLevel1: 'Below level 1',
    uncertain:
      'Note: parts of this model, the level rule included, are our reading of public documents and will be updated against the official text.',
    dimensions: 'Scores by dimension',
    dimension: 'Dimension',
    indicator: 'Indicator',
    score: 'Score',
    max: 'Max',
    radar: 'Radar',
    scenarios: 'Scenario levels',
    warnings: 'Plausibility notes',
    noWarnings: 'No answers to check',
    print: 'Print report',
    source: 'Source: {{title}} ({{docNumber}})',
    submittedAt: 'Submitted: {{date}}',
    enterprise: 'Enterprise: {{name}}',
  },
};
export default diagnosis;
