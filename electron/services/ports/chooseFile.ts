import type { UploadKind } from '../../../common/uploads';

/**
 * The desktop shell's open dialog: the chosen path, or null if cancelled. The path comes from
 * the user's choice in the shell, never from the window; the browser host has none and
 * receives uploads instead.
 */
export type ChooseFile = (kind: UploadKind) => Promise<string | null>;
