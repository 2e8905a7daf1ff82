export default {
  notices: {
    print: 'Print',
    back: 'Back',
    addressee: 'To {{name}}:',
    opinion: 'Opinion',
    basis: 'Basis',
    issuer: '{{name}}',
    kept: 'This notice is kept with the decision and has not changed since the decision was made.',
    issuedAt: 'Recorded in the system: {{time}}',
    notFound: 'Decision notice not found',
  },
};
