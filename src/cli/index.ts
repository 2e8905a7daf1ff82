/** Entry point of the `dtpc` command line. Each command group registers itself from its own module. */
import { Command } from 'commander';
import { registerCalendarCommands } from './calendar.ts';
import { registerPolicyCommands } from './policy.ts';
import { registerServeCommands } from './serve.ts';
import { registerAuditCommands } from './audit.ts';
import { registerImportCommands } from './import.ts';
import { registerDiagnosisCommands } from './diagnosis.ts';
import { registerFilesCommands } from './files.ts';
import { registerBackupCommands } from './backup.ts';
import { registerMonitoringCommands } from './monitoring.ts';
import { registerMatchingCommands } from './matching.ts';
import { calendarCliDeps } from './calendar-deps.ts';

const program = new Command();
program.name('dtpc').description('DTPC — 工业互联网数字化转型促进中心 platform').version('0.1.0');
program.showHelpAfterError();

registerServeCommands(program);
registerAuditCommands(program);
registerCalendarCommands(program, calendarCliDeps);
registerPolicyCommands(program);
registerImportCommands(program);
registerDiagnosisCommands(program);
registerFilesCommands(program);
registerBackupCommands(program);
registerMonitoringCommands(program);
registerMatchingCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = process.exitCode || 1;
}
