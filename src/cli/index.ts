/**
 * Entry point of the `dtpc` command line. Each command group registers itself from its own module, and
 * only the group named on the command line is loaded: `dtpc calendar …` must not pay for the server's
 * routes and schemas (help and unknown commands load every group so the listing stays complete).
 */
import { Command } from 'commander';

type Register = (program: Command) => Promise<void>;

const groups: { names: string[]; register: Register }[] = [
  {
    names: ['serve', 'migrate', 'seed'],
    register: async (p) => (await import('./serve.ts')).registerServeCommands(p),
  },
  { names: ['audit'], register: async (p) => (await import('./audit.ts')).registerAuditCommands(p) },
  {
    names: ['calendar'],
    register: async (p) => {
      const [{ registerCalendarCommands }, { calendarCliDeps }] = await Promise.all([
        import('./calendar.ts'),
        import('./calendar-deps.ts'),
      ]);
      registerCalendarCommands(p, calendarCliDeps);
    },
  },
  { names: ['policy'], register: async (p) => (await import('./policy.ts')).registerPolicyCommands(p) },
  { names: ['import'], register: async (p) => (await import('./import.ts')).registerImportCommands(p) },
  {
    names: ['diagnosis'],
    register: async (p) => (await import('./diagnosis.ts')).registerDiagnosisCommands(p),
  },
  { names: ['files'], register: async (p) => (await import('./files.ts')).registerFilesCommands(p) },
  { names: ['search'], register: async (p) => (await import('./search.ts')).registerSearchCommands(p) },
  {
    names: ['federation'],
    register: async (p) => (await import('./federation.ts')).registerFederationCommands(p),
  },
  { names: ['match'], register: async (p) => (await import('./matching.ts')).registerMatchingCommands(p) },
  {
    names: ['backup', 'restore'],
    register: async (p) => (await import('./backup.ts')).registerBackupCommands(p),
  },
  {
    names: ['monitor', 'targets'],
    register: async (p) => (await import('./monitoring.ts')).registerMonitoringCommands(p),
  },
];

const program = new Command();
program.name('dtpc').description('DTPC — 工业互联网数字化转型促进中心 platform').version('0.1.0');
program.showHelpAfterError();

try {
  const named = process.argv.slice(2).find((arg) => !arg.startsWith('-'));
  const only = groups.find((g) => named !== undefined && g.names.includes(named));
  for (const group of only ? [only] : groups) {
    await group.register(program);
  }
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = process.exitCode || 1;
}
