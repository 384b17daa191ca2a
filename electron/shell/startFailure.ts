import { dialog } from 'electron';

/** Says why Brieflink did not start: in an error box (there is no window to say it in) and in the log. */
export function showStartFailure(error: Error, log: (message: string) => void): void {
  log(`Could not start: ${error.stack ?? error.message}`);
  dialog.showErrorBox('Brieflink could not start', `${error.message}\n\nStarted from a terminal, Brieflink writes the details there.`);
}
