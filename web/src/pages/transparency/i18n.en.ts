/** "Verify a decision" strings (English). */
import type zhCN from './i18n.zh-cn.ts';

const messages: typeof zhCN = {
  title: 'Verify a decision',
  menu: 'Verify a decision',
  intro:
    "This installation records every published decision (recognition, annual rating, revocation) in a publicly verifiable log and signs the log's tree heads with its SM2 key. The check below runs in your browser, without this installation's database: if the decision's record was changed after it was logged, or the log's history was rewritten, the result is \"invalid\".",
  placeholder: 'Decision id (of a center, an annual evaluation or a revocation)',
  verify: 'Verify',
  valid: 'Valid',
  invalid: 'Invalid',
  validDetail:
    "The decision's record is in this installation's signed log ({{size}} entries) and unchanged since it was logged.",
  problems: {
    signature_invalid:
      "The tree head's SM2 signature is not valid: the log cannot be attributed to this installation.",
    untrusted_key: 'The tree head is not signed by the expected key.',
    leaf_mismatch: "The decision's record does not match its position in the log.",
    inclusion_invalid:
      "The decision's record does not match the signed log: it was changed after it was logged.",
    consistency_invalid:
      'The log now is not an extension of the one you verified before: its history was rewritten.',
    rolled_back:
      'The log is now shorter than the one you verified before: it was rolled back or restored from an old backup.',
    malformed: "The decision's record is malformed; its hash cannot be computed.",
  },
  consistencyUnavailable:
    'No consistency proof could be fetched; the head was not compared with the one seen before.',
  decision: 'Decision',
  kind: 'Kind',
  kinds: { recognition: 'Recognition (directory entry)', rating: 'Annual rating', revocation: 'Revocation' },
  recordedAt: 'Recorded at',
  decisionId: 'Decision id',
  fields: {
    name: 'Name',
    center: 'Center',
    recognisedOn: 'Recognised on',
    year: 'Year',
    rating: 'Rating',
    banEndsOn: 'No re-application until',
    source: 'Source',
  },
  ratings: { excellent: 'Excellent', good: 'Good', pass: 'Pass', fail: 'Fail' },
  stars: '{{count}} star(s)',
  yearValue: '{{year}}',
  leafIndex: 'Log index',
  leafIndexValue: '#{{index}}',
  chainHash: 'Audit chain hash',
  treeHead: 'Signed tree head',
  treeSize: 'Log size',
  treeSizeValue: '{{size}} entries',
  rootHash: 'Root hash',
  signedAt: 'Signed at',
  algorithm: 'Algorithm',
  algorithmValue: 'SM3 hash tree, SM2 signature',
  publicKey: 'Signing key',
  auditPath: 'Inclusion proof',
  auditPathValue: '{{count}} hashes',
  seenBefore: 'Compared with earlier heads',
  seenBeforeChecked: 'Compared with the head this browser verified before: consistent',
  seenBeforeFirst:
    'First check of this installation in this browser; this head is kept for the next comparison',
  verifyLink: 'Verify this decision',
};

export default messages;
